import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// The daemon's authenticator: API keys and leaders' tokens against the store, 401 problems saying why
/// with `WWW-Authenticate: Bearer`, 403 out of scope, a revocation felt within the cache's second, and
/// refusals audited at a bounded rate.
@Suite struct StoreAuthenticatorTests {
    static let start = Instant(secondsSinceEpoch: 1_800_000_000)

    /// A router whose `/v1/<scope>` routes answer the principal's audit name when it holds that scope.
    static func router(_ authenticator: any RequestAuthenticator) -> Router<APIContext> {
        let router = Router(context: APIContext.self)
        router.add(middleware: ProblemMiddleware(logger: Logger(label: "test")))
        let v1 = router.group("v1").add(middleware: AuthenticationMiddleware(authenticator: authenticator))
        for scope in KeyScope.allCases {
            v1.get(RouterPath(stringLiteral: scope.rawValue)) { _, context in try context.require(scope).auditActor }
        }
        return router
    }

    /// Sends `GET /v1/<path>` with `credential`, returning the status, the body and the headers.
    static func get(
        _ client: some TestClientProtocol, _ path: String, _ credential: String?
    ) async throws -> (status: HTTPResponse.Status, body: String, headers: HTTPFields) {
        var headers: HTTPFields = [:]
        if let credential { headers[.authorization] = "Bearer \(credential)" }
        return try await client.execute(uri: "/v1/\(path)", method: .get, headers: headers) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }

    /// The audit entries with `action`.
    static func audited(_ action: String, in store: any CaseStore) throws -> [AuditEntry] {
        try store.read { try $0.auditEntries() }.filter { $0.action == action }
    }

    @Test func aKeyActsInItsScopesOnly() async throws {
        let temporary = try TemporaryStore()
        defer { withExtendedLifetime(temporary) {} }
        let store = temporary.store
        let clock = ManualClock(Self.start)
        let (_, text) = try KeyDesk(store: store).create(name: "crm", scopes: [.read], by: "staff:ops", at: Self.start)
        let authenticator = StoreAuthenticator(store: store, clock: clock, logger: Logger(label: "test"))
        try await Application(router: Self.router(authenticator)).test(.router) { client async throws in
            let read = try await Self.get(client, "read", text)
            #expect(read.status == .ok && read.body == "key:crm")
            let ingest = try await Self.get(client, "ingest", text)
            #expect(ingest.status == .forbidden && ingest.body.contains("urn:casewatch:problem:forbidden"))
            #expect(ingest.body.contains("lacks the 'ingest' scope"))
        }
    }

    @Test func aLeadersTokenIsTheLeader() async throws {
        let temporary = try TemporaryStore()
        defer { withExtendedLifetime(temporary) {} }
        let store = temporary.store
        let token = LeaderToken.generate()
        try store.write { writer in
            try writer.upsertUnits([OrgUnit(id: UnitID("cc"), name: "City", level: .city, parent: nil)])
            try writer.replaceLeaders([Leader(id: "l-city", name: "M", title: "副市长", level: "city", jurisdiction: UnitID("cc"))])
            _ = try writer.issueToken(to: "l-city", hash: LeaderToken.hash(token), at: Self.start)
        }
        let authenticator = StoreAuthenticator(store: store, clock: ManualClock(Self.start), logger: Logger(label: "test"))
        try await Application(router: Self.router(authenticator)).test(.router) { client async throws in
            let signoff = try await Self.get(client, "signoff", token)
            #expect(signoff.status == .ok && signoff.body == "l-city")
            #expect(try await Self.get(client, "read", token).status == .forbidden)
        }
    }

    @Test func refusalsAre401ProblemsSayingWhyWithABearerChallenge() async throws {
        let temporary = try TemporaryStore()
        defer { withExtendedLifetime(temporary) {} }
        let store = temporary.store
        let desk = KeyDesk(store: store)
        let (key, text) = try desk.create(name: "crm", scopes: [.read], by: "staff:ops", at: Self.start)
        try desk.revoke("crm", by: "staff:ops", at: Self.start)
        let authenticator = StoreAuthenticator(store: store, clock: ManualClock(Self.start), logger: Logger(label: "test"))
        let cases: [(credential: String?, reason: String, detail: String)] = [
            (nil, "missing", "this route needs a credential: send Authorization: Bearer <API key>"),
            ("not-a-key", "malformed", "shaped neither as a CaseWatch API key (cwk_<id>_<43 characters>) nor as a leader's token"),
            ("cwk_\(key.id)_" + String(repeating: "A", count: 43), "unknown", "the credential is not one CaseWatch issued"),
            ("cwk_77_" + String(repeating: "A", count: 43), "unknown", "the credential is not one CaseWatch issued"),
            ("cwt_" + String(repeating: "0", count: 64), "unknown", "the credential is not one CaseWatch issued"),
            (text, "revoked", "the credential was revoked at 2027-01-15T08:00:00Z"),
        ]
        try await Application(router: Self.router(authenticator)).test(.router) { client async throws in
            for (credential, reason, detail) in cases {
                let answer = try await Self.get(client, "read", credential)
                #expect(answer.status == .unauthorized, "\(reason)")
                #expect(answer.headers[.contentType] == "application/problem+json")
                #expect(answer.body.contains(#""type":"urn:casewatch:problem:unauthenticated""#) && answer.body.contains(#""reason":"\#(reason)""#))
                #expect(answer.body.contains(detail), "\(answer.body)")
                #expect(answer.headers[.wwwAuthenticate]?.hasPrefix(#"Bearer realm="casewatch""#) == true)
                #expect(!answer.body.contains("crm"), "the answer names no key")
            }
        }
        let refused = try Self.audited("credential.refused", in: store)
        #expect(refused.map { $0.detail.contains(#""reason":"revoked""#) } == [false, false, false, false, true], "all but the missing one")
        #expect(refused.last?.actor == "key:crm")
    }

    @Test func aRevocationByAnotherProcessIsFeltWithinTheCachesSecond() async throws {
        let temporary = try TemporaryStore()
        defer { withExtendedLifetime(temporary) {} }
        let store = temporary.store
        let clock = ManualClock(Self.start)
        let desk = KeyDesk(store: store)
        let (_, text) = try desk.create(name: "crm", scopes: [.read], by: "staff:ops", at: Self.start)
        let authenticator = StoreAuthenticator(store: store, clock: clock, logger: Logger(label: "test"))
        try await Application(router: Self.router(authenticator)).test(.router) { client async throws in
            #expect(try await Self.get(client, "read", text).status == .ok)
            try desk.revoke("crm", by: "staff:ops", at: Self.start)
            #expect(try await Self.get(client, "read", text).status == .ok, "trusted from the cache within the second")
            clock.move(seconds: 1)
            #expect(try await Self.get(client, "read", text).status == .unauthorized, "read again after a second")
        }
    }

    @Test func aRevocationThroughThisProcessIsFeltAtOnce() async throws {
        let temporary = try TemporaryStore()
        defer { withExtendedLifetime(temporary) {} }
        let store = temporary.store
        let desk = KeyDesk(store: store)
        let (_, text) = try desk.create(name: "crm", scopes: [.read], by: "staff:ops", at: Self.start)
        let authenticator = StoreAuthenticator(store: store, clock: ManualClock(Self.start), logger: Logger(label: "test"))
        try await Application(router: Self.router(authenticator)).test(.router) { client async throws in
            #expect(try await Self.get(client, "read", text).status == .ok)
            try desk.revoke("crm", by: "staff:ops", at: Self.start)
            authenticator.forgetCheckedCredentials()
            #expect(try await Self.get(client, "read", text).status == .unauthorized)
        }
    }

    @Test func aFloodOfRefusalsWritesABoundedAudit() async throws {
        let temporary = try TemporaryStore()
        defer { withExtendedLifetime(temporary) {} }
        let store = temporary.store
        let clock = ManualClock(Self.start)
        let authenticator = StoreAuthenticator(
            store: store, clock: clock, logger: Logger(label: "test"), gate: RefusalAuditGate(maxPerMinute: 5)
        )
        try await Application(router: Self.router(authenticator)).test(.router) { client async throws in
            for _ in 0..<20 { #expect(try await Self.get(client, "read", "cwk_1_" + String(repeating: "A", count: 43)).status == .unauthorized) }
            #expect(try Self.audited("credential.refused", in: store).count == 1, "one per credential a minute")
            for attempt in 0..<20 { _ = try await Self.get(client, "read", "guess-\(attempt)") }
            #expect(try Self.audited("credential.refused", in: store).count == 5, "at most five a minute in all")
            clock.move(seconds: 60)
            _ = try await Self.get(client, "read", "cwk_1_" + String(repeating: "A", count: 43))
            #expect(try Self.audited("credential.refused", in: store).count == 6, "a new minute")
        }
    }

    @Test func anAcceptedKeysUseIsRecorded() async throws {
        let temporary = try TemporaryStore()
        defer { withExtendedLifetime(temporary) {} }
        let store = temporary.store
        let desk = KeyDesk(store: store)
        let (_, text) = try desk.create(name: "crm", scopes: [.read], by: "staff:ops", at: Self.start)
        let authenticator = StoreAuthenticator(store: store, clock: ManualClock(Self.start.adding(seconds: 5)), logger: Logger(label: "test"))
        try await Application(router: Self.router(authenticator)).test(.router) { client async throws in
            #expect(try await Self.get(client, "read", text).status == .ok)
        }
        let deadline = ContinuousClock.now.advanced(by: .seconds(10))
        while try desk.list().first?.lastUsedAt == nil, ContinuousClock.now < deadline { await Task.yield() }
        #expect(try desk.list().first?.lastUsedAt == Self.start.adding(seconds: 5))
    }
}
