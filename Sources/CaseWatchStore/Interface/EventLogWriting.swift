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
}
