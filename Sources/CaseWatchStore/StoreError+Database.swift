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
            "the disk is full; free space and retry (nothing of this transaction was stored)"
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            "check that the database file and its folder exist and are writable"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            "the file is damaged; restore it from a backup"
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
