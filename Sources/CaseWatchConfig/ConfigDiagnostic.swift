/// One problem in a configuration file.
public struct ConfigDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's path, as it was given or found in a directory.
    public let file: String
    /// The 1-based line of the offending YAML node.
    public let line: Int
    /// The 1-based column of the offending YAML node, counted in Unicode scalars.
    public let column: Int
    /// What is wrong and how to fix it.
    public let message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`.
    public var description: String { "\(file):\(line):\(column): \(message)" }
}
