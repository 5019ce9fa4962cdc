extension ProblemType {
    /// No sign-off has this id (404).
    public static let unknownSignoff = ProblemType(slug: "unknown-signoff", title: "Unknown sign-off", status: .notFound)
    /// The leader may not decide this sign-off: another level's, or outside their jurisdiction (403).
    public static let notSignoffAuthority = ProblemType(slug: "not-signoff-authority", title: "Not this leader's sign-off", status: .forbidden)
    /// Decisions need a leader's own token, not an API key (403).
    public static let leaderTokenRequired = ProblemType(slug: "leader-token-required", title: "Leader's token required", status: .forbidden)
    /// The sign-off can no longer be decided: decided, returned, expired or passed up (409).
    public static let signoffClosed = ProblemType(slug: "signoff-closed", title: "Sign-off closed", status: .conflict)
    /// The sign-off's case cannot be projected under the policies in force, so no supervision order can be opened (409).
    public static let caseNotProjectable = ProblemType(slug: "case-not-projectable", title: "Case not projectable", status: .conflict)
    /// The decision's content is wrong: an empty instruction or reason, a deadline that cannot be read (422).
    public static let invalidDecision = ProblemType(slug: "invalid-decision", title: "Invalid decision", status: .unprocessableContent)
}
