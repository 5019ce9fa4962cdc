import GRDB

/// How the store opens SQLite: WAL through a `DatabasePool`, durable commits, foreign keys, a busy timeout.
enum StoreConfiguration {
    /// The page cache of each connection, in KiB (SQLite's default is 2 MiB): the event log's indexes
    /// and the projections outgrow 2 MiB after a few hundred thousand events, and ingest slows down.
    static let pageCacheKiB = 32 * 1024

    /// The GRDB configuration for a store file.
    ///
    /// - `PRAGMA synchronous = FULL`: a commit is on disk (the WAL is synced) before `write` returns.
    /// - Foreign keys on; a busy timeout for the writer (how long a write waits for another one's lock), so
    ///   two processes can share the file (GRDB gives the WAL readers, which seldom wait, a 10 s timeout of
    ///   their own).
    /// - Write transactions are `BEGIN IMMEDIATE` (see ``CaseStore/write(_:)``): they take the write lock
    ///   up front, so they wait on the busy timeout instead of failing when another writer got there first.
    static func make(busyTimeout: Duration) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.journalMode = .wal
        let (seconds, attoseconds) = busyTimeout.components
        configuration.busyMode = .timeout(Double(seconds) + Double(attoseconds) / 1e18)
        configuration.maximumReaderCount = 4
        configuration.label = "CaseWatchStore"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA cache_size = -\(pageCacheKiB)")
        }
        return configuration
    }

    /// Sets `synchronous = FULL` on the pool's writer connection once it is open.
    ///
    /// GRDB switches the writer to `synchronous = NORMAL` when it enables WAL, after `prepareDatabase`
    /// ran; NORMAL may lose the last commits on power loss. The writer connection lives as long as the
    /// pool, so setting it once suffices.
    static func makeCommitsDurable(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
    }
}
