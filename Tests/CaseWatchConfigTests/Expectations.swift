import Testing

/// Expects exactly one diagnostic, at `location` (`file:line:column`), whose message contains `fragment`.
func expectOnly(
    _ diagnostics: [String], at location: String, containing fragment: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(diagnostics.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
    expect(diagnostics, at: location, containing: fragment, sourceLocation: sourceLocation)
}

/// Expects a diagnostic at `location` (`file:line:column`) whose message contains `fragment`.
func expect(
    _ diagnostics: [String], at location: String, containing fragment: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let found = diagnostics.contains { $0.hasPrefix(location + ": ") && $0.contains(fragment) }
    #expect(found, "no '\(location): …\(fragment)…' in \(diagnostics)", sourceLocation: sourceLocation)
}
