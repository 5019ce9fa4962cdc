import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `GET /v1/cases/{id}` and `GET /v1/cases`: a case's projection with its deadlines, next step,
/// escalations and sign-offs; listings by id, a page at a time, filtered by unit, status and overdue.
@Suite struct CaseRoutesTests {
    /// C1, C2 dispatched to cc.nanguan and C3 to cc.chaoyang an hour before the start (overdue: their accept
    /// deadline of 15 minutes passed), C4 only registered, C5 dispatched to cc.chaoyang 5 minutes before.
    func seeded() async throws -> APITestBed {
        let bed = try APITestBed()
        let lines = APITestBed.noiseCase("C1") + APITestBed.noiseCase("C2") + APITestBed.noiseCase("C3", unit: "cc.chaoyang")
            + [APITestBed.noiseCase("C4")[0]] + APITestBed.noiseCase("C5", unit: "cc.chaoyang", minutesAgo: 5)
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array(lines)) {
                #expect($0.status == .ok, "\(String(buffer: $0.body))")
            }
        }
        return bed
    }

    @Test func aCaseIsShownWithItsDeadlinesNextStepAndEscalations() async throws {
        let bed = try await seeded()
        // The supervision fires what is due by 16:00 (the resolve deadline of 4 hours passed at 15:00).
        let later = APITestBed.start.adding(seconds: 4 * 3600)
        var supervisor = Supervisor(store: bed.store, catalog: bed.policies)
        _ = try supervisor.start(at: later)
        bed.clock.set(later)
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/cases/C1", method: .get, headers: APITestBed.readGet) { response in
                #expect(response.status == .ok)
                let c = jsonObject(response.body)
                #expect(c["id"] as? String == "C1")
                #expect(c["unit"] as? String == "cc.nanguan")
                #expect(c["status"] as? String == "dispatched")
                #expect(c["category"] as? String == "environment.noise")
                #expect(c["urgency"] as? String == "urgent")
                #expect(c["cycle"] as? Int == 1)
                #expect(c["overdue"] as? Bool == true)
                #expect(c["registered_at"] as? String == "2026-10-12T11:00:00+08:00")
                #expect((c["accept"] as? [String: Any])?["due"] as? String == "2026-10-12T11:15:00+08:00")
                #expect((c["resolve"] as? [String: Any])?["due"] as? String == "2026-10-12T15:00:00+08:00")
                #expect(c["as_of"] as? String == "2026-10-12T16:00:00+08:00")
                let escalations = c["escalations"] as? [[String: Any]] ?? []
                #expect(!escalations.isEmpty)
                // Caught up at 16:00: the overdue tier, due at 15:00, was detected an hour late.
                let overdue = escalations.first { $0["tier"] as? String == "overdue" }
                #expect(overdue?["due"] as? String == "2026-10-12T15:00:00+08:00")
                #expect(overdue?["detected"] as? String == "2026-10-12T16:00:00+08:00")
                #expect(overdue?["late_seconds"] as? Int == 3_600)
                #expect(c["signoffs"] is [Any])
            }
            try await client.execute(uri: "/v1/cases/C4", method: .get, headers: APITestBed.readGet) { response in
                let c = jsonObject(response.body)
                #expect(c["status"] as? String == "registered")
                #expect(c["unit"] is NSNull)
                #expect(c["next_step"] is NSNull)
                #expect(c["overdue"] as? Bool == false)
            }
            try await client.execute(uri: "/v1/cases/C5", method: .get, headers: APITestBed.readGet) { response in
                let next = jsonObject(response.body)["next_step"] as? [String: Any]
                #expect(next?["tier"] is String)
                #expect(next?["due"] is String)
            }
        }
    }

    @Test func anIdIsReadPercentDecodedFromThePath() async throws {
        let bed = try APITestBed()
        let line = APITestBed.line("e1", case: "案 1/2", "registered", fields: ["category": "road", "urgency": "normal"])
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array([line])) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/v1/cases/%E6%A1%88%201%2F2", method: .get, headers: APITestBed.readGet) { response in
                #expect(response.status == .ok)
                #expect(jsonObject(response.body)["id"] as? String == "案 1/2")
            }
            try await client.execute(uri: "/v1/cases/%E6%A1", method: .get, headers: APITestBed.readGet) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func anUnknownCaseIs404() async throws {
        let bed = try APITestBed()
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/cases/nope", method: .get, headers: APITestBed.readGet) { response in
                #expect(response.status == .notFound)
                #expect(jsonObject(response.body)["type"] as? String == "urn:casewatch:problem:case-not-found")
            }
            try await client.execute(uri: "/v1/cases/nope", method: .get, headers: [.authorization: "Bearer ingest-key"]) {
                #expect($0.status == .forbidden)
            }
        }
    }

    /// The ids of every page of `query`, following the cursors.
    func pages(_ query: String, bed: APITestBed, client: some TestClientProtocol) async throws -> [[String]] {
        var pages: [[String]] = []
        var uri = "/v1/cases?\(query)"
        while true {
            let page = try await client.execute(uri: uri, method: .get, headers: APITestBed.readGet) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                return jsonObject(response.body)
            }
            pages.append((page["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            guard let cursor = page["next_cursor"] as? String else { return pages }
            uri = "/v1/cases?\(query)&cursor=\(cursor)"
        }
    }

    @Test func listingsArePagedByIdAndFiltered() async throws {
        let bed = try await seeded()
        try await bed.application().test(.router) { client in
            let expected: [(String, [[String]])] = [
                ("limit=2", [["C1", "C2"], ["C3", "C4"], ["C5"]]),
                ("limit=5", [["C1", "C2", "C3", "C4", "C5"]]),
                ("unit=cc.nanguan", [["C1", "C2"]]),
                ("status=registered", [["C4"]]),
                ("overdue=true&limit=2", [["C1", "C2"], ["C3"]]),
                ("overdue=false", [["C4", "C5"]]),
                ("overdue=true&as_of=2026-10-12T11:10:00%2B08:00", [[]]),
                ("overdue=true&unit=cc.chaoyang&status=dispatched", [["C3"]]),
            ]
            for (query, pagesExpected) in expected {
                let found = try await pages(query, bed: bed, client: client)
                #expect(found == pagesExpected, "\(query)")
            }
        }
    }

    @Test(arguments: [
        ("unit=cc.nowhere", "'unit'"), ("status=open", "'status'"), ("overdue=yes", "'overdue'"), ("as_of=2026-10-12", "'as_of'"),
        ("limit=0", "'limit'"), ("limit=1001", "'limit'"), ("cursor=abc", "'cursor'"), ("colour=red", "'colour'"), ("unit=", "'unit'"),
    ])
    func badListingParametersAreRefusedByName(query: String, named: String) async throws {
        let bed = try APITestBed()
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/cases?\(query)", method: .get, headers: APITestBed.readGet) { response in
                #expect(response.status == .badRequest)
                let problem = jsonObject(response.body)
                #expect(problem["type"] as? String == "urn:casewatch:problem:invalid-parameter")
                #expect((problem["detail"] as? String)?.contains(named) == true, "\(problem)")
            }
        }
    }
}
