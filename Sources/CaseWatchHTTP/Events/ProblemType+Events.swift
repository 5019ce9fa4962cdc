extension ProblemType {
    /// Some events of the request cannot be stored (their problems are in `errors`); nothing was stored (422).
    public static let invalidEvents = ProblemType(slug: "invalid-events", title: "Invalid events", status: .unprocessableContent)
    /// The store changed while the request was written (another writer stored the same case or event id
    /// with other content); the request's events were rolled back, nothing of them stored (409).
    public static let intakeConflict = ProblemType(slug: "intake-conflict", title: "Intake conflict", status: .conflict)
}
