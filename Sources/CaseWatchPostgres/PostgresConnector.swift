import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// Opens connections to a PostgreSQL store and checks the server can hold one: reachable, the role and
/// password accepted, the database there, and a server new enough (13 or later: the log is followed by
/// transaction ids, `pg_current_xact_id()`). Every failure is a ``PostgresConnectError`` saying what and how
/// to fix it, never a password.
public struct PostgresConnector: Sendable {
    /// The oldest server version accepted, as `server_version_num` counts it (13.0).
    public static let minimumServerVersion = 130_000

    /// Where the store is.
    public let location: PostgresLocation
    /// How long reaching the server may take.
    public let connectTimeout: TimeAmount

    /// A connector to `location`, giving up on a server that does not answer within `connectTimeout`.
    public init(location: PostgresLocation, connectTimeout: TimeAmount = .seconds(10)) {
        self.location = location
        self.connectTimeout = connectTimeout
    }

    /// A new connection, checked; the caller closes it.
    public func connect(logger: Logger) async throws(PostgresConnectError) -> PostgresConnection {
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: try configuration(), id: 1, logger: logger)
        } catch {
            throw PostgresConnectError(error, location: location)
        }
        do {
            let version = try await serverVersion(connection, logger: logger)
            guard version >= Self.minimumServerVersion else {
                throw PostgresConnectError.serverTooOld(location: location.description, version: version)
            }
            return connection
        } catch {
            try? await connection.close()
            throw error as? PostgresConnectError ?? PostgresConnectError(error, location: location)
        }
    }

    /// The server's `server_version_num` (e.g. 150018 for 15.18).
    private func serverVersion(_ connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query("SELECT current_setting('server_version_num')::int", logger: logger)
        for try await version in rows.decode(Int.self) { return version }
        return 0
    }

    /// postgres-nio's configuration for the location; throws when no TLS context can be made for `require`.
    func configuration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch location.endpoint {
        case let .tcp(host, port):
            let tls: PostgresConnection.Configuration.TLS
            switch location.tls {
            case .disable: tls = .disable
            case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            configuration = .init(host: host, port: port, username: location.user, password: location.password, database: location.database, tls: tls)
        case let .socket(directory, port):
            configuration = .init(
                unixSocketPath: "\(directory)/.s.PGSQL.\(port)", username: location.user, password: location.password, database: location.database
            )
        }
        configuration.options.connectTimeout = connectTimeout
        return configuration
    }
}
