import Yams

/// Where something was written: a file and a 1-based line and column.
struct SourcePosition: Hashable, Sendable {
    let file: String
    let line: Int
    let column: Int

    /// The start of a file, for problems that concern the file as a whole.
    static func start(of file: String) -> SourcePosition {
        SourcePosition(file: file, line: 1, column: 1)
    }

    /// The position of a YAML node in a file.
    init(file: String, node: Node) {
        self.init(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A diagnostic at this position.
    func diagnostic(_ message: String) -> ConfigDiagnostic {
        ConfigDiagnostic(file: file, line: line, column: column, message: message)
    }
}
