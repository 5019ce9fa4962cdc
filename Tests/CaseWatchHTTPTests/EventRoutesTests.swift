import CaseWatchCore
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /v1/events`: the records, checks and idempotency of `casewatch ingest`, all or nothing unless
/// `skip_invalid=true`, and every kind of bad input answered with a 4xx problem that stores nothing. What
/// the store decides (storing, duplicates, refusals) runs on both backends.
@Suite struct EventRoutesTests {
    @Test(arguments: StoreBackend.allCases)
    func aJSONArrayIsStoredAndItsReplayIsAllDuplicates(_ backend: StoreBackend) async throws {
        let bed = try APITestBed(backend: backend)
        let body = APITestBed.array(APITestBed.noiseCase("C1"))
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: body) { response in
                #expect(response.status == .ok)
                let answer = jsonObject(response.body)
                #expect(answer["stored"] as? Int == 2)
                #expect(answer["duplicates"] as? Int == 0)
                #expect((answer["rejected"] as? [Any])?.isEmpty == true)
                #expect(answer["batch"] as? Int != nil)
            }
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: body) { response in
                #expect(response.status == .ok)
                let answer = jsonObject(response.body)
                #expect(answer["stored"] as? Int == 0)
                #expect(answer["duplicates"] as? Int == 2)
                #expect(answer["batch"] is NSNull)
            }
        }
        #expect(try bed.eventCount() == 2)
        let audit = try bed.store.read { try $0.auditEntries() }
        #expect(audit.contains { $0.action == "ingest.batch" && $0.actor == "key:ingest" })
    }

    @Test func ndjsonIsReadLineByLine() async throws {
        let bed = try APITestBed()
        var ndjson = APITestBed.jsonPost
        ndjson[.contentType] = "application/x-ndjson; charset=utf-8"
        let headers = ndjson
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: headers, body: APITestBed.ndjson(APITestBed.noiseCase("C1"))) { response in
                #expect(response.status == .ok)
                #expect(jsonObject(response.body)["stored"] as? Int == 2)
            }
        }
        #expect(try bed.eventCount() == 2)
    }

    @Test(arguments: StoreBackend.allCases)
    func anyInvalidEventRefusesTheWholeRequestWithEachProblemListed(_ backend: StoreBackend) async throws {
        let bed = try APITestBed(backend: backend)
        let lines = APITestBed.noiseCase("C1") + APITestBed.noiseCase("C2", unit: "cc.nowhere") + [
            APITestBed.line("C3-1", case: "C3", "registered", fields: ["category": "road", "urgency": "normal", "colour": "red"]),
        ]
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array(lines)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = jsonObject(response.body)
                #expect(problem["type"] as? String == "urn:casewatch:problem:invalid-events")
                let errors = problem["errors"] as? [[String: Any]] ?? []
                #expect(errors.map { $0["index"] as? Int } == [4, 5])
                #expect(errors.map { $0["code"] as? String } == ["unknown_unit", "unreadable"])
                #expect(errors.first?["event_id"] as? String == "C2-2")
                #expect((errors.first?["detail"] as? String)?.contains("cc.nowhere") == true)
                #expect((errors.last?["detail"] as? String)?.contains("'colour'") == true)
            }
        }
        #expect(try bed.eventCount() == 0)
    }

    @Test(arguments: StoreBackend.allCases)
    func skipInvalidStoresTheValidOnesAndListsTheRejected(_ backend: StoreBackend) async throws {
        let bed = try APITestBed(backend: backend)
        let lines = APITestBed.noiseCase("C1") + [APITestBed.line("C2-1", case: "C2", "registred")]
        try await bed.application().test(.router) { client in
            try await client.execute(
                uri: "/v1/events?skip_invalid=true", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array(lines)
            ) { response in
                #expect(response.status == .ok)
                let answer = jsonObject(response.body)
                #expect(answer["stored"] as? Int == 2)
                let rejected = answer["rejected"] as? [[String: Any]] ?? []
                #expect(rejected.count == 1)
                #expect(rejected.first?["index"] as? Int == 3)
                #expect(rejected.first?["code"] as? String == "unknown_event_type")
                #expect((rejected.first?["detail"] as? String)?.contains("did you mean 'registered'") == true)
            }
        }
        #expect(try bed.eventCount() == 2)
    }

    @Test(arguments: StoreBackend.allCases)
    func aStoredEventIDWithOtherContentIsRefused(_ backend: StoreBackend) async throws {
        let bed = try APITestBed(backend: backend)
        try await bed.application().test(.router) { client in
            try await client.execute(
                uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array(APITestBed.noiseCase("C1"))
            ) { #expect($0.status == .ok) }
            let changed = APITestBed.line("C1-2", case: "C1", "dispatched", fields: ["unit": "cc.chaoyang"])
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array([changed])) { response in
                #expect(response.status == .unprocessableContent)
                let errors = jsonObject(response.body)["errors"] as? [[String: Any]] ?? []
                #expect(errors.first?["code"] as? String == "event_id_stored_with_other_content")
                #expect(errors.first?["event_id"] as? String == "C1-2")
            }
        }
        let stored = try bed.store.read { try $0.event(id: EventID("C1-2")) }
        #expect(stored?.event.kind == .dispatched(unit: UnitID("cc.nanguan"), resolveBy: nil))
    }

    @Test func personalDataIsDroppedNotRefused() async throws {
        let bed = try APITestBed()
        let line = APITestBed.line(
            "C1-1", case: "C1", "registered", fields: ["category": "road", "urgency": "normal", "phone": "13800000000", "姓名": "张三"]
        )
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array([line])) { response in
                #expect(response.status == .ok)
                let answer = jsonObject(response.body)
                #expect(answer["stored"] as? Int == 1)
                #expect(answer["dropped_fields"] as? [String: Int] == ["phone": 1, "姓名": 1])
            }
        }
        let stored = try bed.store.read { try $0.event(id: EventID("C1-1")) }
        #expect(stored?.event.kind.fields.keys.sorted() == ["category", "urgency"])
    }

    @Test(arguments: [
        ("[{\"id\": \"e1\"", "invalid-body", "at byte"),
        ("{\"id\": \"e1\"}", "invalid-body", "expected '['"),
        ("[]", "invalid-body", "holds no events"),
        ("   \n", "invalid-body", "empty"),
        ("[{}, ]", "invalid-body", "an event object before ']'"),
        ("[1] x", "invalid-body", "nothing after"),
    ])
    func aBodyThatIsNoJSONArrayOfEventsIsRefused(body: String, slug: String, detail: String) async throws {
        let bed = try APITestBed()
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                let problem = jsonObject(response.body)
                #expect(problem["type"] as? String == "urn:casewatch:problem:\(slug)")
                #expect((problem["detail"] as? String)?.contains(detail) == true, "\(problem)")
            }
        }
        #expect(try bed.eventCount() == 0)
    }

    @Test func elementsThatAreNoEventObjectsAreRefusedByPosition() async throws {
        let bed = try APITestBed()
        let body = ByteBuffer(string: "[" + APITestBed.noiseCase("C1")[0] + ", 7, {\"id\": 1}, {\"id\": \"x\", \"case\": [1]}]")
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let errors = jsonObject(response.body)["errors"] as? [[String: Any]] ?? []
                #expect(errors.map { $0["index"] as? Int } == [2, 3, 4])
                #expect((errors[1]["detail"] as? String)?.contains("'id' must be a string") == true)
                #expect((errors[2]["detail"] as? String)?.contains("'case' must be a string") == true)
            }
        }
        #expect(try bed.eventCount() == 0)
    }

    @Test func anotherMediaTypeIsRefusedWith415() async throws {
        let bed = try APITestBed()
        try await bed.application().test(.router) { client in
            for contentType in ["text/csv", nil] {
                var headers: HTTPFields = [.authorization: "Bearer ingest-key"]
                if let contentType { headers[.contentType] = contentType }
                try await client.execute(uri: "/v1/events", method: .post, headers: headers, body: APITestBed.array(APITestBed.noiseCase("C1"))) { response in
                    #expect(response.status == .unsupportedMediaType)
                    #expect(String(buffer: response.body).contains("urn:casewatch:problem:unsupported-media-type"))
                }
            }
        }
        #expect(try bed.eventCount() == 0)
    }

    @Test func aBodyOverTheLimitIsRefusedWith413() async throws {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 1_024
        let bed = try APITestBed(limits: limits)
        let lines = (1...20).flatMap { APITestBed.noiseCase("C\($0)") }
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array(lines)) { response in
                #expect(response.status == .contentTooLarge)
                let problem = jsonObject(response.body)
                #expect(problem["type"] as? String == "urn:casewatch:problem:body-too-large")
                #expect(problem["max_body_bytes"] as? Int == 1_024)
            }
        }
        #expect(try bed.eventCount() == 0)
    }

    @Test func theIngestScopeIsNeeded() async throws {
        let bed = try APITestBed()
        try await bed.application().test(.router) { client in
            var headers = APITestBed.jsonPost
            headers[.authorization] = "Bearer read-key"
            try await client.execute(uri: "/v1/events", method: .post, headers: headers, body: APITestBed.array(APITestBed.noiseCase("C1"))) {
                #expect($0.status == .forbidden)
            }
            headers[.authorization] = nil
            try await client.execute(uri: "/v1/events", method: .post, headers: headers, body: APITestBed.array(APITestBed.noiseCase("C1"))) {
                #expect($0.status == .unauthorized)
            }
        }
        #expect(try bed.eventCount() == 0)
    }

    @Test(arguments: ["/v1/events?skip=true", "/v1/events?skip_invalid=yes", "/v1/events?skip_invalid=true&skip_invalid=true"])
    func badQueryParametersAreRefused(uri: String) async throws {
        let bed = try APITestBed()
        try await bed.application().test(.router) { client in
            try await client.execute(uri: uri, method: .post, headers: APITestBed.jsonPost, body: APITestBed.array(APITestBed.noiseCase("C1"))) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("urn:casewatch:problem:invalid-parameter"))
            }
        }
        #expect(try bed.eventCount() == 0)
    }

    @Test func aFutureDatedEventIsRefused() async throws {
        let bed = try APITestBed()
        let line = APITestBed.line("C1-1", case: "C1", "registered", minutesAgo: -3 * 24 * 60, fields: ["category": "road", "urgency": "normal"])
        try await bed.application().test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array([line])) { response in
                #expect(response.status == .unprocessableContent)
                let errors = jsonObject(response.body)["errors"] as? [[String: Any]] ?? []
                #expect(errors.first?["code"] as? String == "future_dated")
                #expect((errors.first?["detail"] as? String)?.contains("+08:00") == true)
            }
        }
        #expect(try bed.eventCount() == 0)
    }
}
