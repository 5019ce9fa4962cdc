import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Hummingbird
import Logging

/// A small city under the shipped policies: leaders with tokens (`l-nanguan`, district, Nanguan;
/// `l-chaoyang`, district, Chaoyang; `l-city`, city), API keys (`read`, `ingest`), and case C1, dispatched
/// to a community in Nanguan on Monday 2026-10-12 09:00 and escalated to the leadership tier on Thursday
/// 22nd 17:00: one pending district sign-off. The daemon's clock reads Friday 23rd 10:00 (Shanghai).
///
/// Unchecked Sendable: every member is immutable once built (the temporary store only removes its
/// directory when the scene goes away).
final class SignoffScene: ZonedFixture, @unchecked Sendable {
    let temporary: TemporaryStore
    let policies: PolicySet
    let zone = ZoneRules(identifier: "Asia/Shanghai")!
    /// Leaders' tokens by id.
    let tokens: [String: String]
    /// API keys by name: `read` (scope read), `ingest` (scope ingest), `signoff` (scope signoff).
    let keys: [String: String]
    let signoff: Signoff
    let clock: ManualClock

    var store: SQLiteCaseStore { temporary.store }

    init() throws {
        temporary = try TemporaryStore()
        policies = try HTTPFixtures.policies()
        let store = temporary.store
        try store.write { writer in
            try writer.upsertUnits([
                OrgUnit(id: UnitID("cc"), name: "City", level: .city, parent: nil),
                OrgUnit(id: UnitID("cc.nanguan"), name: "Nanguan", level: .district, parent: UnitID("cc")),
                OrgUnit(id: UnitID("cc.chaoyang"), name: "Chaoyang", level: .district, parent: UnitID("cc")),
                OrgUnit(id: UnitID("cc.nanguan.a"), name: "A", level: .community, parent: UnitID("cc.nanguan")),
            ])
            try writer.replaceLeaders([
                Leader(id: "l-nanguan", name: "N", title: "副区长", level: "district", jurisdiction: UnitID("cc.nanguan")),
                Leader(id: "l-chaoyang", name: "C", title: "副区长", level: "district", jurisdiction: UnitID("cc.chaoyang")),
                Leader(id: "l-city", name: "M", title: "副市长", level: "city", jurisdiction: UnitID("cc")),
            ])
        }
        var tokens: [String: String] = [:]
        for leader in ["l-nanguan", "l-chaoyang", "l-city"] {
            let token = LeaderToken.generate()
            tokens[leader] = token
            _ = try store.write { try $0.issueToken(to: leader, hash: LeaderToken.hash(token), at: Instant(secondsSinceEpoch: 0)) }
        }
        self.tokens = tokens
        let desk = KeyDesk(store: store)
        var keys: [String: String] = [:]
        for (name, scope) in [("read", KeyScope.read), ("ingest", .ingest), ("signoff", .signoff)] {
            keys[name] = try desk.create(name: name, scopes: [scope], by: "staff:test", at: Instant(secondsSinceEpoch: 0)).text
        }
        self.keys = keys
        let zone = zone
        let at = { (text: String) throws -> Instant in try InstantParser.parse(text, zone: zone) }
        var supervisor = Supervisor(store: store, catalog: policies)
        _ = try supervisor.start(at: try at("2026-10-12T08:00"))
        let line = { (n: Int, type: String, fields: [String: String]) in
            IntakeLine.json(id: "C1-\(n)", case: "C1", type: type, at: "2026-10-12T09:00:00+08:00", fields: fields)
        }
        _ = try supervisor.ingest(JSONLinesEventReader.read([
            line(1, "registered", ["category": "sanitation", "urgency": "normal"]), line(2, "dispatched", ["unit": "cc.nanguan.a"]),
        ].joined(separator: "\n")).records, source: "test", at: try at("2026-10-12T09:00"))
        _ = try supervisor.advance(to: try at("2026-10-22T17:00"))
        signoff = try store.read { try $0.signoffs(statuses: [.pending]) }[0]
        clock = ManualClock(try at("2026-10-23T10:00"))
    }

    /// The daemon's router over the scene's store, with the real authenticator.
    func router() -> Router<APIContext> {
        APIServer.router(APIEnvironment(
            store: store, policies: CurrentPolicies(policies), link: SupervisionLink(),
            authenticator: StoreAuthenticator(store: store, clock: clock, logger: Logger(label: "test")), clock: clock, logger: Logger(label: "test")
        ))
    }

    /// The sign-off decisions and refusals audited, as (actor, action, detail).
    func audit() throws -> [(actor: String, action: String, detail: String)] {
        try store.read { try $0.auditEntries() }.filter { ["signoff.approve", "signoff.reject", "signoff.return", "signoff.refused"].contains($0.action) }
            .map { ($0.actor, $0.action, $0.detail) }
    }
}
