import GRDB
import GRDBSQLite

/// The statements on the hot paths (the ingest's event insert and projection upsert, the firing's notice
/// insert), bound and run through the SQLite C interface.
///
/// GRDB prepares and owns the statements (`cachedStatement(sql:)`, one per connection); only binding and
/// stepping bypass it, as GRDB's "Raw SQLite Pointers" documentation allows: building `StatementArguments`
/// (boxing and mapping every value) took about half of the ingest time. The statements are plain INSERTs
/// inside the writer's own transaction, so GRDB's per-statement bookkeeping (transaction observers, which
/// the store does not use) has nothing to track. They are looked up once per transaction, and reset after
/// every run, failed or not, so that GRDB finds them clean.
final class HotStatements {
    private let db: Database
    private var prepared: [Kind: Statement] = [:]

    /// The hot-path statements.
    enum Kind: Hashable {
        /// ``EventRow/insertSQL``.
        case insertEvent
        /// ``ProjectionRow/upsertSQL``.
        case upsertProjection
        /// ``NoticeRow/insertSQL``: one a fired escalation, in the supervisor's transaction.
        case insertNotice

        var sql: String {
            switch self {
            case .insertEvent: EventRow.insertSQL
            case .upsertProjection: ProjectionRow.upsertSQL
            case .insertNotice: NoticeRow.insertSQL
            }
        }
    }

    init(_ db: Database) {
        self.db = db
    }

    /// Binds the statement's parameters with `bind`, in order, and runs it to completion.
    ///
    /// Throws a `DatabaseError` carrying SQLite's extended result code when the statement fails.
    func execute(_ kind: Kind, bind: (inout ParameterBinder) -> Void) throws {
        let statement = try prepared[kind] ?? db.cachedStatement(sql: kind.sql)
        prepared[kind] = statement
        let raw = statement.sqliteStatement
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
        var binder = ParameterBinder(raw)
        bind(&binder)
        precondition(binder.count == sqlite3_bind_parameter_count(raw), "\(kind): bound \(binder.count) parameters")
        let code = sqlite3_step(raw)
        defer {
            sqlite3_reset(raw)
            sqlite3_clear_bindings(raw)
        }
        guard code == SQLITE_DONE else {
            let connection = db.sqliteConnection
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                message: String(cString: sqlite3_errmsg(connection)), sql: kind.sql
            )
        }
    }
}
