import GRDB

extension StoreError {
    /// Wraps an error thrown by GRDB or SQLite into a readable store error.
    init(wrapping error: any Error) {
        switch error {
        case let error as StoreError:
            self = error
        case let error as DatabaseError:
            self = .sqlite(Self.readable(error))
        case let error as RowDecodingError:
            self = .corrupt("\(error)")
        default:
            self = .sqlite("\(error)")
        }
    }

    /// The SQLite message, with a hint for the errors an operator can act on.
    private static func readable(_ error: DatabaseError) -> String {
        let message = error.message ?? "error \(error.resultCode.rawValue)"
        let hint: String? = switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            "another process held the database for longer than the busy timeout; retry when it is done"
        case .SQLITE_FULL:
            "the disk holding the database is full; free space on it and retry (nothing of this transaction was stored)"
        case .SQLITE_READONLY, .SQLITE_PERM:
            "the database file or its folder is read-only for this user; a command that writes needs write access to both (SQLite keeps -wal and -shm files beside the database)"
        case .SQLITE_CANTOPEN:
            "SQLite cannot open the file or create its -wal and -shm files beside it; check that the folder exists and that this user may write in it"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            "the database file is damaged (malformed); nothing more was written to it: restore it from a backup"
        case .SQLITE_IOERR:
            "the disk reported an input/output error; check the disk and the file system, then retry"
        default:
            nil
        }
        var text = "\(message) (SQLite error \(error.resultCode.rawValue))"
        if let hint { text += "; \(hint)" }
        if let sql = error.sql { text += " — while executing `\(sql.trimmingPrefix(while: \.isWhitespace))`" }
        return text
    }
}

/// Runs `body`, wrapping any error it throws as a ``StoreError``.
func storeOperation<T>(_ body: () throws -> T) throws(StoreError) -> T {
    do {
        return try body()
    } catch {
        throw StoreError(wrapping: error)
    }
}

extension DatabaseError {
    /// Whether a UNIQUE or PRIMARY KEY constraint refused the statement.
    var isUniquenessViolation: Bool {
        extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE || extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
    }

    /// Whether a FOREIGN KEY constraint refused the statement.
    var isForeignKeyViolation: Bool {
        extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY
    }
}
