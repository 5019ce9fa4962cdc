/// Where a leadership sign-off (领导批示) stands.
public enum SignoffStatus: String, Hashable, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// Awaiting a leader of its level.
    case pending
    /// Approved: a supervision order (督办件) was opened.
    case approved
    /// Rejected as unjustified: the escalation's points were reversed.
    case rejected
    /// Returned to the hotline centre for more information; its clock is paused until resubmitted.
    case returned
    /// Unsigned by its due instant: passed on to the next level up.
    case escalated

    /// Whether a leader may still decide it.
    public var isOpen: Bool { self == .pending }

    /// The name used in the store and on the command line.
    public var description: String { rawValue }
}

/// A sign-off awaiting (or given by) a leader: one per leadership escalation and level.
public struct Signoff: Hashable, Sendable {
    /// The sign-off's id.
    public let id: Int64
    /// The escalation it signs off.
    public let escalationID: Int64
    /// The escalation's case.
    public let caseID: CaseID
    /// The unit the escalation charged.
    public let unit: UnitID
    /// The case's resolution cycle.
    public let cycle: Int
    /// When the escalation fell due.
    public let escalationDueAt: Instant
    /// The level of leader it is addressed to (e.g. `district`, `city`).
    public let level: String
    /// Where it stands.
    public let status: SignoffStatus
    /// When it must be signed by (moved on by the time it spent returned).
    public let dueAt: Instant
    /// The leader who decided it, and when.
    public let decidedBy: String?
    /// When it was decided.
    public let decidedAt: Instant?
    /// The approval's instruction.
    public let instruction: String?
    /// The rejection's or return's reason.
    public let reason: String?
    /// When it was returned, while it is.
    public let returnedAt: Instant?
    /// The supervision order an approval opened.
    public let orderCaseID: CaseID?
    /// The sign-off it was passed on to, when it escalated.
    public let escalatedTo: Int64?

    /// A sign-off.
    public init(
        id: Int64, escalationID: Int64, caseID: CaseID, unit: UnitID, cycle: Int, escalationDueAt: Instant, level: String,
        status: SignoffStatus, dueAt: Instant, decidedBy: String? = nil, decidedAt: Instant? = nil, instruction: String? = nil,
        reason: String? = nil, returnedAt: Instant? = nil, orderCaseID: CaseID? = nil, escalatedTo: Int64? = nil
    ) {
        self.id = id
        self.escalationID = escalationID
        self.caseID = caseID
        self.unit = unit
        self.cycle = cycle
        self.escalationDueAt = escalationDueAt
        self.level = level
        self.status = status
        self.dueAt = dueAt
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.instruction = instruction
        self.reason = reason
        self.returnedAt = returnedAt
        self.orderCaseID = orderCaseID
        self.escalatedTo = escalatedTo
    }
}
