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

    @Test func aRunningServerIsReachedAndItsVersionAccepted() throws {
        let server = try ThrowawayPostgres()
        let connection = try connector(server.url).connect(logger: logger)
        let rows = try connection.query("SELECT current_user", logger: logger).wait()
        #expect(try rows.map { try $0.decode(String.self) } == ["casewatch"])
        try connection.close().wait()
        server.stop()
    }

    @Test func aWrongPasswordAMissingDatabaseAndNoServerAreEachSaid() throws {
        let server = try ThrowawayPostgres()
        #expect(throws: PostgresConnectError.authenticationFailed(location: try connector(server.url).location.description, user: "casewatch")) {
            _ = try connector(server.urlWithWrongPassword).connect(logger: logger)
        }
        let missing = server.url.replacingOccurrences(of: "/postgres?", with: "/nowhere?")
        let error = #expect(throws: PostgresConnectError.self) { _ = try connector(missing).connect(logger: logger) }
        #expect(error == .noSuchDatabase(location: try connector(missing).location.description, database: "nowhere"))
        #expect(error?.description.contains("createdb nowhere") == true)

        let url = server.url
        server.stop()
        let gone = #expect(throws: PostgresConnectError.self) { _ = try connector(url).connect(logger: logger) }
        guard case .unreachable? = gone else {
            Issue.record("a stopped server is unreachable, not \(String(describing: gone))")
            return
        }
        #expect(gone?.description.contains(server.password) == false)
    }
}
