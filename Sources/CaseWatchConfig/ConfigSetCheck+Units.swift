extension ConfigSetCheck {
    /// Reports a unit id defined in more than one units file (repeats within a file were reported by its
    /// reader).
    mutating func checkUnitIDs() {
        var first: [String: SourcePosition] = [:]
        for mention in unitsFiles.flatMap(\.mentions) {
            guard let earlier = first[mention.id] else {
                first[mention.id] = mention.position
                continue
            }
            report("unit id '\(mention.id)' is already defined at \(Self.describe(earlier)); give each unit its own id", at: mention.position)
        }
    }

    /// Reports a leader id defined in more than one roster, and checks every jurisdiction against the
    /// units files when there are any.
    mutating func checkRosters() {
        var first: [String: SourcePosition] = [:]
        for (id, position) in rosterFiles.flatMap(\.leaderIDs) {
            guard let earlier = first[id] else {
                first[id] = position
                continue
            }
            report("leader id '\(id)' is already defined at \(Self.describe(earlier)); give each leader its own id", at: position)
        }
        guard !unitsFiles.isEmpty else { return }
        let someIDUnknown = unreadableFiles > 0 || unitsFiles.contains(where: \.hasUnitWithoutID)
        let check = JurisdictionCheck(mentions: unitsFiles.flatMap(\.mentions), reportsUnknown: !someIDUnknown)
        for roster in rosterFiles {
            for diagnostic in check.diagnostics(of: roster) {
                report(diagnostic.message, at: SourcePosition(file: diagnostic.file, line: diagnostic.line, column: diagnostic.column))
            }
        }
    }
}
