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

    /// Refuses a file that is not a whole SQLite database, from its header alone and without opening it
    /// in SQLite (which would turn an empty file into an empty database): an empty file, one too short for
    /// the header, one without SQLite's magic string, and one shorter than the pages its header counts
    /// while no write-ahead log stands beside it.
    static func requireWholeSQLiteFile(at path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: 0)
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        if size == 0 {
            throw .notCaseWatch(path: path, detail: "the file is empty (0 bytes); SQLite would silently make it an empty database")
        }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw .notCaseWatch(path: path, detail: header.count < 100 && header.starts(with: Array("SQLite".utf8).prefix(header.count))
                ? "it is only \(size) bytes, shorter than an SQLite header: it was truncated"
                : "not an SQLite database")
        }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        let pageCount = UInt64(header[28]) << 24 | UInt64(header[29]) << 16 | UInt64(header[30]) << 8 | UInt64(header[31])
        // The page count is valid when its "version valid for" number equals the change counter.
        let countIsValid = header[92..<96] == header[24..<28]
        guard pageSize >= 512, pageSize.nonzeroBitCount == 1 else {
            throw .damaged(path: path, detail: "its header names an impossible page size (\(rawPageSize))")
        }
        // A checkpoint copies the log's pages into the file in page order, page 1 (and its new count) first;
        // a process killed in the middle leaves the file shorter than its header says while the log still
        // holds every page, which SQLite reads from the log and copies again at the next checkpoint.
        if countIsValid, pageCount > 0, size < pageCount * UInt64(pageSize), !walHoldsFrames(besides: path) {
            throw .damaged(path: path, detail: "it holds \(size) bytes but its header counts \(pageCount) pages of \(pageSize) bytes: it was truncated")
        }
    }

    /// Whether the write-ahead log beside `path` holds any frame (is longer than its 32-byte header).
    static func walHoldsFrames(besides path: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        return ((attributes?[.size] as? NSNumber)?.intValue ?? 0) > 32
    }

    /// CaseWatch's SQLite `application_id` ("CWCH"), set when a database is created.
    static let applicationID: Int32 = 0x4357_4348

    /// Refuses an SQLite database that CaseWatch did not make: another program's `application_id`, or (in
    /// databases made before the id was set) no CaseWatch migrations table. Reads through a read-only
    /// connection, so that a foreign file is never changed (not even switched to WAL).
    static func requireCaseWatch(at path: String) throws(StoreError) {
        var configuration = Configuration()
        configuration.readonly = true
        let verdict = try storeOperation { () throws -> String? in
            try DatabaseQueue(path: path, configuration: configuration).read { db -> String? in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if id == applicationID { return nil }
                if id != 0 { return String(format: "it belongs to another program (SQLite application_id 0x%08X)", id) }
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty { return "it is an empty SQLite database that CaseWatch did not create" }
                guard tables.contains("grdb_migrations") else { return "it holds tables but no CaseWatch migrations" }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                return applied.contains(StoreMigrations.identifiers[0]) ? nil : "its migrations table holds no CaseWatch migration"
            }
        }
        if let verdict { throw .notCaseWatch(path: path, detail: verdict) }
    }

    /// Marks a newly created database as CaseWatch's.
    static func markAsCaseWatch(_ pool: DatabasePool) throws(StoreError) {
        try storeOperation { try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(applicationID)") } }
    }

    /// Removes the database file and its WAL companions, ignoring files that are not there.
    static func remove(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
