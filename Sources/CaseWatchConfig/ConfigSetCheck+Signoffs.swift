import CaseWatchCore

extension ConfigSetCheck {
    /// Reports a ladder tier whose sign-offs nobody of the set's rosters could decide (``SignoffCoverage``):
    /// checked when the set holds a roster and every leader's level could be read.
    mutating func checkSignoffCoverage() {
        guard !rosterFiles.isEmpty else { return }
        let levels = rosterFiles.flatMap(\.jurisdictions).map(\.leaderLevel)
        guard levels.allSatisfy({ $0 != nil }) else { return }
        let staffed = Set(levels.compactMap { $0?.rawValue })
        for file in policyFiles {
            for (level, tier, position) in file.signoffLevels {
                let missing = SignoffCoverage.unstaffed(from: level, staffed: staffed)
                guard let first = missing.first else { continue }
                let passing = first == level ? "" : "its sign-offs unsigned at the \(level) level pass to the \(first) level, and "
                report(
                    "ladder tier \(tier) addresses its sign-offs to the \(level) level, but \(passing)no leader of the roster acts at the \(first) level, so nobody could decide them; add a leader with 'level: \(first)' to the roster, or change the tier's 'level'",
                    at: position
                )
            }
        }
    }
}
