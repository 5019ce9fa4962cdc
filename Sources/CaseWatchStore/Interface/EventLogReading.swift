import CaseWatchCore

/// Reads the event log: the part of ``StoreReader`` that each backend implements in its own SQL.
public protocol EventLogReading {
    /// The stored event with `id`, nil when none is stored.
    func event(id: EventID) throws(StoreError) -> StoredEvent?

    /// Whether an event with `id` is stored (cheaper than reading it).
    func containsEvent(id: EventID) throws(StoreError) -> Bool

    /// The ids among `ids` that are stored, looked up a few hundred at a time.
    func storedEventIDs(among ids: [EventID]) throws(StoreError) -> Set<EventID>

    /// A case's events in the order they were stored.
    func events(of caseID: CaseID) throws(StoreError) -> [StoredEvent]

    /// How many events the log holds.
    func eventCount() throws(StoreError) -> Int

    /// The sequence number of the latest stored event, 0 when the log is empty: a position in the log to
    /// follow it from.
    func latestEventSequence() throws(StoreError) -> Int64

    /// The cases with an event stored after position `sequence` of the log, and the latest position.
    func casesWithEvents(after sequence: Int64) throws(StoreError) -> (cases: Set<CaseID>, through: Int64)
}
