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

    /// The event loops of every PostgreSQL connection in the process: their own, not the shared ones an HTTP
    /// server's handlers run on, which read the store briefly in place and so block their loop while
    /// waiting; a connection on the same loop could then never answer.
    static let eventLoops = MultiThreadedEventLoopGroup(numberOfThreads: 2)

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
    ///
    /// Blocks until the server answers: call it off Swift's cooperative pool and off any event loop.
    public func connect(logger: Logger) throws(PostgresConnectError) -> PostgresConnection {
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection.connect(
                on: Self.eventLoops.any(), configuration: try configuration(), id: 1, logger: logger
            ).wait()
        } catch {
            throw PostgresConnectError(error, location: location)
        }
        do {
            let version = try connection.query("SELECT current_setting('server_version_num')::int", logger: logger).wait()
                .first?.decode(Int.self) ?? 0
            guard version >= Self.minimumServerVersion else {
                throw PostgresConnectError.serverTooOld(location: location.description, version: version)
            }
            return connection
        } catch {
            try? connection.close().wait()
            throw error as? PostgresConnectError ?? PostgresConnectError(error, location: location)
        }
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
