import CaseWatchPostgres
import CaseWatchTesting
import Foundation
import Logging
import PostgresNIO
import Testing

/// Opening a PostgreSQL store against a real server of the test's own (``ThrowawayPostgres``): a working
/// location connects; a wrong password, a missing database and no server at all are each a clear error.
@Suite(.enabled(if: ThrowawayPostgres.unavailableReason == nil, "no PostgreSQL 13+ to start: apt-get install -y postgresql-15"))
struct PostgresConnectorTests {
    let logger = Logger(label: "test")

    func connector(_ url: String) throws -> PostgresConnector {
        PostgresConnector(location: try PostgresLocation(parsing: url, environment: [:]), connectTimeout: .seconds(5))
    }

    @Test func aRunningServerIsReachedAndItsVersionAccepted() async throws {
        let server = try ThrowawayPostgres()
        let connection = try await connector(server.url).connect(logger: logger)
        let rows = try await connection.query("SELECT current_user", logger: logger)
        var users: [String] = []
        for try await user in rows.decode(String.self) { users.append(user) }
        #expect(users == ["casewatch"])
        try await connection.close()
        server.stop()
    }

    @Test func aWrongPasswordAMissingDatabaseAndNoServerAreEachSaid() async throws {
        let server = try ThrowawayPostgres()
        await #expect(throws: PostgresConnectError.authenticationFailed(location: try connector(server.url).location.description, user: "casewatch")) {
            _ = try await connector(server.urlWithWrongPassword).connect(logger: logger)
        }
        let missing = server.url.replacingOccurrences(of: "/postgres?", with: "/nowhere?")
        let error = await #expect(throws: PostgresConnectError.self) { _ = try await connector(missing).connect(logger: logger) }
        #expect(error == .noSuchDatabase(location: try connector(missing).location.description, database: "nowhere"))
        #expect(error?.description.contains("createdb nowhere") == true)

        let url = server.url
        server.stop()
        let gone = await #expect(throws: PostgresConnectError.self) { _ = try await connector(url).connect(logger: logger) }
        guard case .unreachable? = gone else {
            Issue.record("a stopped server is unreachable, not \(String(describing: gone))")
            return
        }
        #expect(gone?.description.contains(server.password) == false)
    }
}
