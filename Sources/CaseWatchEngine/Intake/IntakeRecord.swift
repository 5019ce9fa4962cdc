import CaseWatchCore

/// One event read from an intake file, with the line it came from.
public struct IntakeRecord: Sendable {
    /// The 1-based line of the record in its file (the first line of a multi-line CSV record).
    public let line: Int
    /// The event.
    public let event: CaseEvent
    /// The record as written, for the rejects file.
    public let raw: String

    /// Creates a record.
    public init(line: Int, event: CaseEvent, raw: String) {
        self.line = line
        self.event = event
        self.raw = raw
    }
}

/// A record that cannot be stored, with the reason.
public struct IntakeProblem: Hashable, Sendable {
    /// The 1-based line in the file.
    public let line: Int
    /// What is wrong.
    public let reason: IntakeProblemReason
    /// The record as written.
    public let raw: String

    /// Creates a problem.
    public init(line: Int, reason: IntakeProblemReason, raw: String) {
        self.line = line
        self.reason = reason
        self.raw = raw
    }
}

/// What reading an intake file produced: the events, the problems, and the personal data left out.
public struct IntakeParse: Sendable {
    /// The valid records, in file order.
    public var records: [IntakeRecord] = []
    /// Records that could not be read.
    public var problems: [IntakeProblem] = []
    /// Personal-data fields dropped, with how many records carried each.
    public var droppedFields: [String: Int] = [:]
    /// Repairs made to implausible records, each described once with how many records needed it.
    public var repairs: [String: Int] = [:]

    /// An empty result.
    public init() {}
}
