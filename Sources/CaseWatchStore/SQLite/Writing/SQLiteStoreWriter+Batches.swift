import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Records the start of an ingest batch from `source` (a file name, `stdin`, …) and returns its id.
    public func beginBatch(source: String, at: Instant) throws(StoreError) -> Int64 {
        try storeOperation {
            try db.cachedStatement(sql: "INSERT INTO ingest_batches (source, started_at) VALUES (?, ?)")
                .execute(arguments: [source, at.secondsSinceEpoch])
            return db.lastInsertedRowID
        }
    }

    /// Records the end of a batch: how many events it stored and how many it skipped as duplicates.
    ///
    /// Throws ``StoreError/unknownBatch(_:)`` or ``StoreError/batchAlreadyFinished(_:)``.
    public func finishBatch(_ id: Int64, events: Int, duplicates: Int, at: Instant) throws(StoreError) {
        let finished = try storeOperation {
            try db.cachedStatement(sql: """
                UPDATE ingest_batches SET finished_at = ?, events = ?, duplicates = ?
                WHERE id = ? AND finished_at IS NULL
                """).execute(arguments: [at.secondsSinceEpoch, events, duplicates, id])
            return db.changesCount == 1
        }
        if finished { return }
        let exists = try storeOperation {
            try Bool.fetchOne(db, sql: "SELECT 1 FROM ingest_batches WHERE id = ?", arguments: [id]) != nil
        }
        throw exists ? .batchAlreadyFinished(id) : .unknownBatch(id)
    }
}
