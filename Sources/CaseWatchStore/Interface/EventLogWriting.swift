import CaseWatchCore

/// Writes the event log and its intake batches: the part of ``StoreWriter`` that each backend implements in its own SQL.
public protocol EventLogWriting {
    /// Records the start of an ingest batch from `source` (a file name, `stdin`, …) and returns its id.
    func beginBatch(source: String, at: Instant) throws(StoreError) -> Int64

    /// Records the end of a batch: how many events it stored and how many it skipped as duplicates.
    ///
    /// Throws ``StoreError/unknownBatch(_:)`` or ``StoreError/batchAlreadyFinished(_:)``.
    func finishBatch(_ id: Int64, events: Int, duplicates: Int, at: Instant) throws(StoreError)

    /// Appends an event to the log; a `registered` event also stores its case.
    ///
    /// Throws ``StoreError/duplicateEvent(_:)`` when the id is already stored,
    /// ``StoreError/unknownCase(_:)`` for an event of a case never registered,
    /// ``StoreError/caseAlreadyRegistered(_:)`` for a second registration, ``StoreError/unknownBatch(_:)``.
    /// A refused event writes nothing.
    func insertEvent(_ event: CaseEvent, batch: Int64?, recordedAt: Instant) throws(StoreError)

    /// Appends `events` to the log in order, each recorded at the instant given with it, as
    /// ``insertEvent(_:batch:recordedAt:)`` does each: the bulk form for intake and replay, one statement on a
    /// backend where each costs a round trip.
    ///
    /// Throws what ``insertEvent(_:batch:recordedAt:)`` throws for the first event it refuses; the caller's
    /// transaction then holds some of the events, so it must roll back (a write that throws does).
    func insertEvents(_ events: [(CaseEvent, recordedAt: Instant)], batch: Int64?) throws(StoreError)
}
