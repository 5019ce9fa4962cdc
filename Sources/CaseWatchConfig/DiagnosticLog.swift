import Yams

/// Collects the problems found in one file, each placed at the YAML node it concerns.
final class DiagnosticLog {
    /// The file being read.
    let file: String
    /// The problems so far, in the order found.
    private(set) var diagnostics: [ConfigDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// How many problems were found so far; compare before and after reading a part to see if it had any.
    var count: Int { diagnostics.count }

    /// Records a problem at a node.
    func error(_ message: String, at node: Node) {
        diagnostics.append(position(of: node).diagnostic(message))
    }

    /// Records a problem at a position.
    func error(_ message: String, at position: SourcePosition) {
        diagnostics.append(position.diagnostic(message))
    }

    /// The position of a node in this file.
    func position(of node: Node) -> SourcePosition {
        SourcePosition(file: file, node: node)
    }
}
