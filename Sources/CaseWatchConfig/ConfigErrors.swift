/// Every problem found in a set of configuration files; thrown by the loaders.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, ordered by file, line and column.
    public let diagnostics: [ConfigDiagnostic]

    /// Wraps the problems found.
    public init(diagnostics: [ConfigDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// The problems, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
