import CaseWatchHTTP
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `GET /v1/escalations`: escalations in commit order after a cursor, filtered by tier and unit subtree,
/// every bad parameter refused with a problem naming it.
@Suite struct EscalationRoutesTests {
    /// C1 in 南关区 and C2 in 宽城区, dispatched at 09:00; at 13:00 both warnings (due 12:12) and both
    /// overdues (due 13:00) have fired: ids 1 to 4.
    static func fired() throws -> StreamFixture {
        let f = try StreamFixture()
        try f.dispatch("C1", to: "cc.nanguan.ziqiang.dongling", at: "2026-10-12T09:00")
        try f.dispatch("C2", to: "cc.kuancheng.xinfa.jiayuan", at: "2026-10-12T09:00")
        try f.advance(to: "2026-10-12T13:00")
        return f
    }

    static func items(_ body: ByteBuffer) throws -> (items: [[String: Any]], next: Any?) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])
        return (try #require(object["items"] as? [[String: Any]]), object["next_cursor"])
    }

    static let read: HTTPFields = [.authorization: "Bearer read-key"]

    @Test func escalationsComeInCommitOrderWithTheirFields() async throws {
        let f = try Self.fired()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/escalations", method: .get, headers: Self.read) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                let (items, next) = try Self.items(response.body)
                #expect(items.map { $0["id"] as? String } == ["1", "2", "3", "4"])
                #expect(items.map { "\($0["case_id"]!) \($0["tier"]!)" } == ["C1 warning", "C2 warning", "C1 overdue", "C2 overdue"])
                #expect(next is NSNull)
                let warning = items[0]
                #expect(warning["unit"] as? String == "cc.nanguan.ziqiang.dongling")
                #expect(warning["cycle"] as? Int == 1)
                #expect(warning["due_at"] as? String == "2026-10-12T12:12:00+08:00")
                #expect(warning["detected_at"] as? String == "2026-10-12T13:00:00+08:00")
                #expect(warning["late_seconds"] as? Int == 48 * 60)
                #expect(warning["signoff"] is NSNull)
                #expect(items[2]["late_seconds"] as? Int == 0)
                #expect(items[2]["points"] as? Double == 1)
            }
        }
    }

    @Test func aFullPageGivesItsCursorAndTheNextPageStartsAfterIt() async throws {
        let f = try Self.fired()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/escalations?limit=3", method: .get, headers: Self.read) { response in
                let (items, next) = try Self.items(response.body)
                #expect(items.count == 3)
                #expect(next as? String == "3")
            }
            try await client.execute(uri: "/v1/escalations?limit=3&after=3", method: .get, headers: Self.read) { response in
                let (items, next) = try Self.items(response.body)
                #expect(items.map { $0["id"] as? String } == ["4"])
                #expect(next is NSNull)
            }
            try await client.execute(uri: "/v1/escalations?after=4", method: .get, headers: Self.read) { response in
                let items = try Self.items(response.body).items
                #expect(items.isEmpty)
            }
        }
    }

    @Test func tierAndUnitFilterAndAUnitCoversItsSubtree() async throws {
        let f = try Self.fired()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/escalations?tier=overdue", method: .get, headers: Self.read) { response in
                let items = try Self.items(response.body).items
                #expect(items.map { $0["id"] as? String } == ["3", "4"])
            }
            try await client.execute(uri: "/v1/escalations?unit=cc.nanguan", method: .get, headers: Self.read) { response in
                let items = try Self.items(response.body).items
                #expect(items.map { $0["case_id"] as? String } == ["C1", "C1"])
            }
            try await client.execute(uri: "/v1/escalations?unit=cc.kuancheng.xinfa.jiayuan&tier=warning", method: .get, headers: Self.read) { response in
                let items = try Self.items(response.body).items
                #expect(items.map { $0["id"] as? String } == ["2"])
            }
        }
    }

    @Test func aSignoffTierCarriesItsSignoff() async throws {
        let f = try Self.fired()
        // Leadership: 3 working days after the resolve deadline (Monday 13:00); the notice after 5.
        let fired = try f.advance(to: "2026-10-16T18:00")
        #expect(fired.contains { $0.tier == .leadership })
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/escalations?tier=leadership&unit=cc.nanguan", method: .get, headers: Self.read) { response in
                let items = try Self.items(response.body).items
                #expect(items.count == 1)
                let signoff = try #require(items.first?["signoff"] as? [String: Any])
                #expect(signoff["level"] as? String == "district")
                #expect(signoff["status"] as? String == "pending")
            }
        }
    }

    @Test(arguments: [
        ("tier=late", "'late' is no tier; use one of warning, overdue, urge, leadership, notice"),
        ("unit=cc.nowhere", "no unit 'cc.nowhere' in the unit tree"),
        ("unit=", "query parameter 'unit' is empty"),
        ("limit=0", "'limit': '0' is not a whole number from 1 to 1000"),
        ("limit=1001", "'limit': '1001' is not a whole number from 1 to 1000"),
        ("after=-1", "'after': '-1' is not an escalation cursor"),
        ("after=abc", "'after': 'abc' is not an escalation cursor"),
        ("since=2026-10-12", "unknown query parameter 'since'; this route reads after, limit, tier, unit"),
        ("tier=urge&tier=notice", "query parameter 'tier' is given twice"),
        ("access_token=read-key", "unknown query parameter 'access_token'"),
    ])
    func badParametersAreRefusedNamingTheParameter(query: String, detail: String) async throws {
        let f = try Self.fired()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/escalations?\(query)", method: .get, headers: Self.read) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/problem+json")
                let body = String(buffer: response.body)
                #expect(body.contains("urn:casewatch:problem:invalid-parameter"))
                #expect(body.contains(detail), "\(body)")
            }
        }
    }

    @Test func aCredentialWithTheReadScopeIsNeeded() async throws {
        let f = try Self.fired()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/escalations", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/escalations", method: .get, headers: [.authorization: "Bearer ingest-key"]) { response in
                #expect(response.status == .forbidden)
                #expect(String(buffer: response.body).contains("'read' scope"))
            }
            try await client.execute(uri: "/v1/escalations/stream", method: .get, headers: [.authorization: "Bearer ingest-key"]) { response in
                #expect(response.status == .forbidden)
            }
        }
    }
}
