extension [ConfigDiagnostic] {
    /// The diagnostics ordered by file, line and column; diagnostics at the same place keep their order.
    func sortedByPosition() -> [ConfigDiagnostic] {
        enumerated().sorted { a, b in
            (a.element.file, a.element.line, a.element.column, a.offset) < (b.element.file, b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }
}
