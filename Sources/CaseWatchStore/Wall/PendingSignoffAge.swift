import CaseWatchCore

/// A sign-off still waiting for its leader: where, since when, and until when.
public struct PendingSignoffAge: Hashable, Sendable {
    /// The sign-off's level (e.g. `district`, `city`).
    public let level: String
    /// The case.
    public let caseID: CaseID
    /// The unit charged.
    public let unit: UnitID
    /// When the escalation that asked for it was detected: the age runs from here.
    public let waitingSince: Instant
    /// When it is due.
    public let due: Instant

    /// A pending sign-off.
    public init(level: String, caseID: CaseID, unit: UnitID, waitingSince: Instant, due: Instant) {
        self.level = level
        self.caseID = caseID
        self.unit = unit
        self.waitingSince = waitingSince
        self.due = due
    }
}
