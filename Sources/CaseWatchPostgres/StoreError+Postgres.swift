import CaseWatchStore
import PostgresNIO

extension StoreError {
    /// A store error for what postgres-nio threw while running `sql`: the server's message and SQLSTATE, or
    /// the connection's fate, with a hint where an operator can act.
    init(postgres error: any Error, sql: String) {
        if let error = error as? StoreError {
            self = error
            return
        }
        guard let error = error as? PSQLError else {
            self = .postgres("\(error) — while executing `\(Self.brief(sql))`")
            return
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? "?"
            var text = "\(error.serverInfo?[.message] ?? "the server refused the statement") (SQLSTATE \(state))"
            if let detail = error.serverInfo?[.detail] { text += ": \(detail)" }
            if let hint = Self.hint(sqlState: state) { text += "; \(hint)" }
            self = .postgres(text + " — while executing `\(Self.brief(sql))`")
        case .serverClosedConnection, .connectionError, .uncleanShutdown, .clientClosedConnection:
            self = .connectionLost("\(error.code)")
        default:
            self = .postgres("\(error.code) — while executing `\(Self.brief(sql))`")
        }
    }

    /// The connection to the server was lost (`reason`): nothing of its transaction was stored.
    static func connectionLost(_ reason: String) -> StoreError {
        .postgres("the connection to the server was lost (\(reason)); nothing of the transaction was stored: retry when the server is back")
    }

    /// What an operator can do about an error class, nil when nothing.
    private static func hint(sqlState: String) -> String? {
        switch sqlState.prefix(2) {
        case "53": "the server is out of a resource (disk, memory or connections); free it and retry (nothing of this transaction was stored)"
        case "57": "the server is shutting down or cancelled the statement; retry when it is back"
        case "42" where sqlState == "42501": "the role lacks a privilege on CaseWatch's tables; grant it or connect as their owner"
        case "25" where sqlState == "25006": "the server is a read-only standby; point --db at the primary"
        default: nil
        }
    }

    /// The statement's first line, for messages.
    private static func brief(_ sql: String) -> String {
        let line = sql.trimmingPrefix(while: \.isWhitespace).prefix { $0 != "\n" }
        return line.count > 120 ? line.prefix(120) + "…" : String(line)
    }


    /// The SQLSTATE of a server error, nil for any other error.
    static func sqlState(of error: any Error) -> String? {
        guard let error = error as? PSQLError, error.code == .server else { return nil }
        return error.serverInfo?[.sqlState]
    }
}
