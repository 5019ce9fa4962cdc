import CaseWatchCore

/// What `casewatch init` and `leaders sync` say of a ladder tier nobody on the roster could decide.
extension SignoffCoverageGap {
    /// The problem, where it is and how to fix it; `roster` is the roster file's path.
    func wording(roster: String) -> String {
        let first = unstaffed.first ?? level
        let passing = first == level ? "" : " (unsigned there, they pass to the \(unstaffed.joined(separator: " and ")) level)"
        return """
            policy \(policyVersion), ladder tier '\(tier)': its sign-offs go to the \(level) level\(passing), but no leader \
            of \(roster) acts at the \(first) level, so nobody could decide them; add a leader with 'level: \(first)' \
            to \(roster), or change the tier's 'level' in the policy
            """
    }

    /// Every gap's wording, one per line.
    static func wording(_ gaps: [SignoffCoverageGap], roster: String) -> String {
        gaps.map { $0.wording(roster: roster) }.joined(separator: "\n")
    }
}
