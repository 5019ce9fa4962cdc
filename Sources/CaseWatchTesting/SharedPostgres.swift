import CaseWatchPostgres
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The one throwaway PostgreSQL server of a test process, started when a test first needs it and stopped
/// when the process exits; each test takes a database of its own on it (``ThrowawayPostgres/makeDatabase()``).
public enum SharedPostgres {
    private static let started = Mutex<ThrowawayPostgres?>(nil)

    /// The server, started on first use.
    public static func server() throws -> ThrowawayPostgres {
        try started.withLock { server in
            if let server { return server }
            let made = try ThrowawayPostgres()
            server = made
            atexit { SharedPostgres.stopAtExit() }
            return made
        }
    }

    /// Stops the server as the process exits.
    private static func stopAtExit() {
        started.withLock { $0?.stop() }
    }
}

/// A database of its own on a ``ThrowawayPostgres``, dropped when this value goes away.
public final class ScratchDatabase: @unchecked Sendable {
    /// Where it is (role `casewatch`, the server's password).
    public let location: PostgresLocation
    private let server: ThrowawayPostgres
    private let name: String

    init(server: ThrowawayPostgres, name: String) throws {
        self.server = server
        self.name = name
        location = try PostgresLocation(parsing: server.url(database: name), environment: [:])
    }

    deinit {
        try? server.administer("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }
}

extension ThrowawayPostgres {
    /// The URL of database `database` as role `casewatch`.
    public func url(database: String) -> String {
        url.replacingOccurrences(of: "/postgres?", with: "/\(database)?")
    }

    /// A new, empty database of its own.
    public func makeDatabase() throws -> ScratchDatabase {
        let name = "cw_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try administer("CREATE DATABASE \(name)")
        return try ScratchDatabase(server: self, name: name)
    }

    /// Runs one statement in database `database` (default `postgres`) on a connection of its own.
    public func administer(database: String = "postgres", _ sql: String) throws {
        let location = try PostgresLocation(parsing: url(database: database), environment: [:])
        let logger = Logger(label: "casewatch.testing.postgres")
        let connection = try PostgresConnector(location: location).connect(logger: logger)
        defer { try? connection.close().wait() }
        _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait()
    }
}
