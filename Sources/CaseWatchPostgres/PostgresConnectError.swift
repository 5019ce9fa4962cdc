import NIOSSL
import PostgresNIO

/// Why a PostgreSQL store could not be opened: each case says what happened and how to fix it, and none
/// carries a password.
public enum PostgresConnectError: Error, Hashable, CustomStringConvertible {
    /// No server answered at the location (refused, unknown host, timed out); the network's reason.
    case unreachable(location: String, reason: String)
    /// The server refused the role or its password.
    case authenticationFailed(location: String, user: String)
    /// The server has no such database.
    case noSuchDatabase(location: String, database: String)
    /// The server is older than CaseWatch needs (its `server_version_num`).
    case serverTooOld(location: String, version: Int)
    /// Anything else the server or the connection said.
    case failed(location: String, reason: String)

    /// Classifies an error of postgres-nio met while connecting to `location`.
    init(_ error: any Error, location: PostgresLocation) {
        let place = location.description
        if error is NIOSSLError {
            self = .failed(location: place, reason: "no TLS client could be made for sslmode=require (\(error))")
            return
        }
        guard let error = error as? PSQLError else {
            self = .unreachable(location: place, reason: "\(error)")
            return
        }
        switch (error.code, error.serverInfo?[.sqlState]) {
        case (.server, "28P01"?), (.server, "28000"?), (.authMechanismRequiresPassword, _), (.saslError, _):
            self = .authenticationFailed(location: place, user: location.user)
        case (.server, "3D000"?):
            self = .noSuchDatabase(location: place, database: location.database)
        case (.connectionError, _), (.serverClosedConnection, _), (.sslUnsupported, _):
            self = .unreachable(location: place, reason: error.underlying.map { "\($0)" } ?? "\(error.code)")
        default:
            self = .failed(location: place, reason: error.serverInfo?[.message] ?? "\(error.code)")
        }
    }

    /// What happened and how to fix it.
    public var description: String {
        switch self {
        case let .unreachable(location, reason):
            "cannot reach the PostgreSQL server of \(location) (\(reason)): check that it runs and that host and port are right"
        case let .authenticationFailed(location, user):
            "the PostgreSQL server of \(location) refused role '\(user)' or its password: give the right password in the URL or PGPASSWORD"
        case let .noSuchDatabase(location, database):
            "the PostgreSQL server of \(location) has no database '\(database)': create it (createdb \(database)) or name another"
        case let .serverTooOld(location, version):
            "the PostgreSQL server of \(location) is version \(version / 10_000).\(version % 10_000); CaseWatch needs 13 or later"
        case let .failed(location, reason):
            "the PostgreSQL server of \(location) could not be used: \(reason)"
        }
    }
}
