import Foundation

/// The files SQLite keeps for one database.
enum DatabaseFiles {
    /// Removes the database and its WAL and shared-memory files.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
