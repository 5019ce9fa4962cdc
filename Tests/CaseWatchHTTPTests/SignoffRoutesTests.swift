import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import CaseWatchHTTP

/// Sign-offs over HTTP under the CLI's rules: a leader lists what awaits them and decides with their own
/// token (audited by the desk as the CLI's decisions are); API keys read every sign-off but never decide;
/// every refusal a stable problem type.
@Suite struct SignoffRoutesTests {
    typealias Answer = (status: HTTPResponse.Status, body: String, headers: HTTPFields)

    static func send(
        _ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, _ credential: String?, json: String? = nil,
        contentType: String = "application/json"
    ) async throws -> Answer {
        var headers: HTTPFields = [:]
        if let credential { headers[.authorization] = "Bearer \(credential)" }
        if json != nil { headers[.contentType] = contentType }
        return try await client.execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }

    static func object(_ answer: Answer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any], "\(answer.body)")
    }

    @Test func aLeaderListsWhatAwaitsThemAKeyListsAll() async throws {
        let s = try SignoffScene()
        try await Application(router: s.router()).test(.router) { client async throws in
            let mine = try await Self.send(client, .get, "/v1/signoffs", s.tokens["l-nanguan"])
            #expect(mine.status == .ok && mine.headers[.contentType] == "application/json")
            let items = try #require(try Self.object(mine)["items"] as? [[String: Any]])
            #expect(items.count == 1 && items[0]["id"] as? Int == Int(s.signoff.id) && items[0]["status"] as? String == "pending")
            #expect(items[0]["case_id"] as? String == "C1" && items[0]["unit_id"] as? String == "cc.nanguan.a" && items[0]["level"] as? String == "district")
            #expect(items[0]["due_at"] as? String == "2026-10-26T17:00:00+08:00" && items[0]["decided_by"] is NSNull)
            #expect(try Self.object(mine)["next_cursor"] is NSNull)
            let other = try await Self.send(client, .get, "/v1/signoffs", s.tokens["l-chaoyang"])
            #expect((try Self.object(other)["items"] as? [Any])?.isEmpty == true, "another district's leader sees nothing")
            for key in ["read", "signoff"] {
                let all = try await Self.send(client, .get, "/v1/signoffs?status=pending,approved", s.keys[key])
                let count = (try Self.object(all)["items"] as? [Any])?.count
                #expect(all.status == .ok && count == 1, "\(key)")
            }
            let none = try await Self.send(client, .get, "/v1/signoffs?status=approved", s.keys["read"])
            #expect((try Self.object(none)["items"] as? [Any])?.isEmpty == true)
            #expect(try await Self.send(client, .get, "/v1/signoffs", s.keys["ingest"]).status == .forbidden)
            #expect(try await Self.send(client, .get, "/v1/signoffs", nil).status == .unauthorized)
        }
    }

    @Test func pagesFollowTheCursorAndBadParametersAreRefused() async throws {
        let s = try SignoffScene()
        try await Application(router: s.router()).test(.router) { client async throws in
            let first = try await Self.send(client, .get, "/v1/signoffs?limit=1&status=pending", s.keys["read"])
            #expect(try Self.object(first)["next_cursor"] is NSNull, "one sign-off: one page")
            let cursor = SignoffCursor.after(0)
            let again = try await Self.send(client, .get, "/v1/signoffs?cursor=\(cursor)", s.keys["read"])
            #expect((try Self.object(again)["items"] as? [Any])?.count == 1)
            let past = try await Self.send(client, .get, "/v1/signoffs?cursor=\(SignoffCursor.after(s.signoff.id))", s.keys["read"])
            #expect((try Self.object(past)["items"] as? [Any])?.isEmpty == true)
            let refused: [(String, String)] = [
                ("/v1/signoffs?colour=red", "unknown query parameter 'colour'"),
                ("/v1/signoffs?limit=0", "limit '0': give a whole number from 1 to 1000"),
                ("/v1/signoffs?limit=1001", "limit '1001'"),
                ("/v1/signoffs?status=done", "status 'done': use pending, approved, rejected, returned or escalated"),
                ("/v1/signoffs?cursor=nonsense", "cursor 'nonsense' is not one this API gave"),
                ("/v1/signoffs?limit=1&limit=2", "'limit' is given twice"),
            ]
            for (uri, detail) in refused {
                let answer = try await Self.send(client, .get, uri, s.keys["read"])
                #expect(answer.status == .badRequest && answer.body.contains("urn:casewatch:problem:invalid-parameter"), "\(uri)")
                #expect(answer.body.contains(detail), "\(answer.body)")
            }
            let leaderStatus = try await Self.send(client, .get, "/v1/signoffs?status=pending", s.tokens["l-nanguan"])
            #expect(leaderStatus.status == .badRequest && leaderStatus.body.contains("a leader's list is the sign-offs awaiting them"))
        }
    }

    @Test func aLeaderApprovesAndTheOrderOpensAuditedAsTheCLIs() async throws {
        let s = try SignoffScene()
        try await Application(router: s.router()).test(.router) { client async throws in
            let approved = try await Self.send(
                client, .post, "/v1/signoffs/\(s.signoff.id)/approve", s.tokens["l-nanguan"], json: #"{"instruction": " Fix it within the week ", "deadline": "3 working days"}"#
            )
            #expect(approved.status == .ok, "\(approved.body)")
            let answer = try Self.object(approved)
            let order = try #require(answer["order"] as? [String: Any])
            #expect(order["case_id"] as? String == "SO-\(s.signoff.id)" && order["due_at"] as? String == "2026-10-28T17:00:00+08:00", "\(order)")
            let signoff = try #require(answer["signoff"] as? [String: Any])
            #expect(signoff["status"] as? String == "approved" && signoff["decided_by"] as? String == "l-nanguan")
            #expect(signoff["instruction"] as? String == "Fix it within the week" && signoff["order_case_id"] as? String == "SO-\(s.signoff.id)")
            let again = try await Self.send(client, .post, "/v1/signoffs/\(s.signoff.id)/reject", s.tokens["l-nanguan"], json: #"{"reason": "no"}"#)
            #expect(again.status == .conflict && again.body.contains("urn:casewatch:problem:signoff-closed") && again.body.contains(#""code":"already_decided""#))
        }
        let audit = try s.audit()
        #expect(audit.map(\.action) == ["signoff.approve", "signoff.refused"])
        #expect(audit[0].actor == "l-nanguan" && audit[0].detail.contains(#""instruction":"Fix it within the week""#))
        #expect(audit[1].detail.contains(#""reason":"already_decided""#))
        #expect(try s.store.read { try $0.projection(of: CaseID("SO-\(s.signoff.id)")) } != nil, "the supervision order is a case")
    }

    @Test func aLeaderRejectsOrReturns() async throws {
        for (decision, status) in [("reject", "rejected"), ("return", "returned")] {
            let s = try SignoffScene()
            try await Application(router: s.router()).test(.router) { client async throws in
                let answer = try await Self.send(client, .post, "/v1/signoffs/\(s.signoff.id)/\(decision)", s.tokens["l-nanguan"], json: #"{"reason": "Not ours"}"#)
                #expect(answer.status == .ok, "\(answer.body)")
                let signoff = try #require(try Self.object(answer)["signoff"] as? [String: Any])
                #expect(signoff["status"] as? String == status && signoff["reason"] as? String == "Not ours")
                if decision == "reject" { #expect(try Self.object(answer)["points_reversed"] as? String != nil) }
            }
            #expect(try s.audit().map(\.action) == ["signoff.\(decision)"])
        }
    }

    @Test func eachRefusalIsAStableProblemAndAudited() async throws {
        let s = try SignoffScene()
        let id = s.signoff.id
        try await Application(router: s.router()).test(.router) { client async throws in
            let cases: [(credential: String?, path: String, json: String, status: HTTPResponse.Status, type: String, detail: String)] = [
                (s.keys["signoff"], "\(id)/approve", #"{"instruction": "Go"}"#, .forbidden, "leader-token-required", "decisions need a leader's own token"),
                (s.keys["ingest"], "\(id)/reject", #"{"reason": "No"}"#, .forbidden, "leader-token-required", "decisions need a leader's own token"),
                (s.tokens["l-nanguan"], "999/approve", #"{"instruction": "Go"}"#, .notFound, "unknown-signoff", "no sign-off has id 999"),
                (s.tokens["l-chaoyang"], "\(id)/approve", #"{"instruction": "Go"}"#, .forbidden, "not-signoff-authority", "outside l-chaoyang's jurisdiction"),
                (s.tokens["l-city"], "\(id)/approve", #"{"instruction": "Go"}"#, .forbidden, "not-signoff-authority", "addressed to a district leader"),
                (s.tokens["l-nanguan"], "\(id)/approve", #"{"instruction": "  "}"#, .unprocessableContent, "invalid-decision", "`instruction` is empty"),
                (s.tokens["l-nanguan"], "\(id)/reject", #"{"reason": ""}"#, .unprocessableContent, "invalid-decision", "`reason` is empty"),
                (s.tokens["l-nanguan"], "\(id)/approve", #"{"instruction": "Go", "deadline": "soon"}"#, .unprocessableContent, "invalid-decision", "deadline 'soon'"),
                (s.tokens["l-nanguan"], "\(id)/approve", #"{"instruction": "Go", "colour": "red"}"#, .badRequest, "invalid-body", "unknown member 'colour'"),
                (s.tokens["l-nanguan"], "\(id)/approve", #"{"deadline": "2d"}"#, .badRequest, "invalid-body", "'instruction' is missing"),
                (s.tokens["l-nanguan"], "\(id)/approve", #"{"instruction": 7}"#, .badRequest, "invalid-body", "'instruction' must be text"),
                (s.tokens["l-nanguan"], "\(id)/approve", #"["Go"]"#, .badRequest, "invalid-body", "the body is not a JSON object"),
                (s.tokens["l-nanguan"], "x/approve", #"{"instruction": "Go"}"#, .badRequest, "invalid-parameter", "sign-off id 'x'"),
                ("cwt_" + String(repeating: "0", count: 64), "\(id)/approve", #"{"instruction": "Go"}"#, .unauthorized, "unauthenticated", "not one CaseWatch issued"),
            ]
            for c in cases {
                let answer = try await Self.send(client, .post, "/v1/signoffs/\(c.path)", c.credential, json: c.json)
                #expect(answer.status == c.status, "\(c.path) \(c.json): \(answer.body)")
                #expect(answer.headers[.contentType] == "application/problem+json")
                #expect(answer.body.contains("urn:casewatch:problem:\(c.type)") && answer.body.contains(c.detail), "\(answer.body)")
            }
            let media = try await Self.send(client, .post, "/v1/signoffs/\(id)/approve", s.tokens["l-nanguan"], json: "instruction=Go", contentType: "text/plain")
            #expect(media.status == .unsupportedMediaType)
        }
        #expect(try s.store.read { try $0.signoff(id: id) }?.status == .pending, "nothing was decided")
        let refused = try s.audit()
        #expect(refused.map(\.action) == Array(repeating: "signoff.refused", count: 5), "the desk's refusals, as the CLI's")
        #expect(refused.map { $0.detail.contains("no_such_signoff") || $0.detail.contains("outside_jurisdiction") || $0.detail.contains("wrong_level") || $0.detail.contains("empty_") }
            == Array(repeating: true, count: 5))
    }

    @Test func aRevokedLeadersTokenIsRefused() async throws {
        let s = try SignoffScene()
        _ = try s.store.write { try $0.revokeToken(of: "l-nanguan", at: Instant(secondsSinceEpoch: 1)) }
        try await Application(router: s.router()).test(.router) { client async throws in
            let answer = try await Self.send(client, .post, "/v1/signoffs/\(s.signoff.id)/approve", s.tokens["l-nanguan"], json: #"{"instruction": "Go"}"#)
            #expect(answer.status == .unauthorized && answer.body.contains(#""reason":"revoked""#))
            #expect(answer.headers[.wwwAuthenticate] != nil)
        }
    }
}

