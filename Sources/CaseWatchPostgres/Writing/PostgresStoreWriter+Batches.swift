import CaseWatchCore
import CaseWatchStore

extension PostgresStoreWriter {
    /// Records the start of an ingest batch from `source` (a file name, `stdin`, …) and returns its id.
    func beginBatch(source: String, at: Instant) throws(StoreError) -> Int64 {
        guard let row = try session.row(
            "INSERT INTO ingest_batches (source, started_at) VALUES ($1, $2) RETURNING id", [source, at.secondsSinceEpoch]
        ) else {
            throw .postgres("the INSERT of an ingest batch returned no id")
        }
        return try row.int(0)
    }

    /// Records the end of a batch: how many events it stored and how many it skipped as duplicates.
    ///
    /// Throws ``StoreError/unknownBatch(_:)`` or ``StoreError/batchAlreadyFinished(_:)``.
    func finishBatch(_ id: Int64, events: Int, duplicates: Int, at: Instant) throws(StoreError) {
        let finished = try session.execute("""
            UPDATE ingest_batches SET finished_at = $1, events = $2, duplicates = $3 WHERE id = $4 AND finished_at IS NULL
            """, [at.secondsSinceEpoch, events, duplicates, id])
        if finished == 1 { return }
        let exists = try session.row("SELECT 1 FROM ingest_batches WHERE id = $1", [id]) != nil
        throw exists ? .batchAlreadyFinished(id) : .unknownBatch(id)
    }
}
