/// What assessment needs of one case: when it was first dispatched and what its projection says now.
///
/// Read from the store without decoding the whole projection, so that a month of a million cases is
/// judged in seconds.
public struct AssessedCase: Hashable, Sendable {
    /// The case.
    public let caseID: CaseID
    /// The instant of its first `dispatched` event: the period it belongs to.
    public let dispatchedAt: Instant
    /// The policy version it was registered under.
    public let policyVersion: String
    /// The unit charged for its current cycle (nil after a return, before re-dispatch).
    public let unit: UnitID?
    /// The current cycle's accept deadline.
    public let accept: DeadlineState?
    /// The current cycle's resolve deadline.
    public let resolve: DeadlineState?
    /// When it was closed, if it was.
    public let closedAt: Instant?
    /// The citizen's verdict at closing.
    public let satisfaction: Satisfaction?
    /// How often it was reopened.
    public let reopens: Int

    /// A case.
    public init(
        caseID: CaseID, dispatchedAt: Instant, policyVersion: String, unit: UnitID?, accept: DeadlineState?,
        resolve: DeadlineState?, closedAt: Instant?, satisfaction: Satisfaction?, reopens: Int
    ) {
        self.caseID = caseID
        self.dispatchedAt = dispatchedAt
        self.policyVersion = policyVersion
        self.unit = unit
        self.accept = accept
        self.resolve = resolve
        self.closedAt = closedAt
        self.satisfaction = satisfaction
        self.reopens = reopens
    }

    /// The fields of a projection, dispatched at `dispatchedAt`.
    public init(_ projection: CaseProjection, dispatchedAt: Instant) {
        self.init(
            caseID: projection.caseID, dispatchedAt: dispatchedAt, policyVersion: projection.policyVersion, unit: projection.unit,
            accept: projection.accept, resolve: projection.resolve, closedAt: projection.closedAt,
            satisfaction: projection.satisfaction, reopens: projection.reopens
        )
    }
}
