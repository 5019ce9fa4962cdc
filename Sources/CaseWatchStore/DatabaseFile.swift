import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks on the database file itself, before and after SQLite opens it.
enum DatabaseFile {
    /// Creates an empty file at `path`, atomically refusing one that exists (O_CREAT | O_EXCL).
    static func createEmpty(at path: String) throws(StoreError) {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw .alreadyExists(path) }
            throw .sqlite("cannot create '\(path)': \(String(cString: strerror(code)))")
        }
        close(descriptor)
    }

    /// Refuses a path with no file (or a folder) at it.
    static func requireExisting(at path: String) throws(StoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .notFound(path)
        }
    }

    /// Refuses an SQLite database that holds tables but was never migrated by CaseWatch.
    static func requireCaseWatch(_ pool: DatabasePool, at path: String) throws(StoreError) {
        let foreign = try storeOperation {
            try pool.read { db -> Bool in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                return !tables.isEmpty && !tables.contains("grdb_migrations")
            }
        }
        if foreign { throw .notCaseWatch(path: path, detail: "it holds tables but no CaseWatch migrations") }
    }

    /// Removes the database file and its WAL companions, ignoring files that are not there.
    static func remove(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
