import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation

/// A small city with leaders and tokens, and case C1 (dispatched to a community in Nanguan on Monday
/// 2026-10-12 09:00) escalated to the leadership tier on Thursday 22nd 17:00: one pending district
/// sign-off, due two working days later (Monday 26th 17:00).
struct SignoffFixture: ZonedFixture {
    typealias F = ReplayFixture

    let f: F
    var supervisor: Supervisor
    let desk: SignoffDesk
    /// Tokens by leader id: `l-nanguan` (district, Nanguan), `l-chaoyang` (district, Chaoyang), `l-city` (city).
    let tokens: [String: String]
    let signoff: Signoff

    static let unit = UnitID("cc.nanguan.a")

    init() throws {
        f = try F()
        try f.store.write { writer in
            try writer.upsertUnits([
                OrgUnit(id: UnitID("cc"), name: "City", level: .city, parent: nil),
                OrgUnit(id: UnitID("cc.nanguan"), name: "Nanguan", level: .district, parent: UnitID("cc")),
                OrgUnit(id: UnitID("cc.chaoyang"), name: "Chaoyang", level: .district, parent: UnitID("cc")),
                OrgUnit(id: Self.unit, name: "A", level: .community, parent: UnitID("cc.nanguan")),
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
            _ = try f.store.write { try $0.issueToken(to: leader, hash: LeaderToken.hash(token), at: Instant(secondsSinceEpoch: 0)) }
        }
        self.tokens = tokens
        supervisor = Supervisor(store: f.store, catalog: f.policies)
        _ = try supervisor.start(at: try f.at("2026-10-12T08:00"))
        _ = try supervisor.ingest(JSONLinesEventReader.read([
            F.line(1, "registered", "2026-10-12T09:00", F.registered),
            F.line(2, "dispatched", "2026-10-12T09:00", ["unit": Self.unit.rawValue]),
        ].joined(separator: "\n")).records, source: "test", at: try f.at("2026-10-12T09:00"))
        let fired = try supervisor.advance(to: try f.at("2026-10-22T17:00"))
        precondition(fired.map(\.tier) == [.warning, .overdue, .urge, .leadership], "\(fired)")
        desk = SignoffDesk(store: f.store, catalog: f.policies)
        signoff = try f.store.read { try $0.signoffs(statuses: [.pending]) }[0]
    }

    /// Shanghai, the replay fixture's zone.
    var zone: ZoneRules { f.zone }

    /// The audit actions, in order.
    func auditActions() throws -> [String] { try f.store.read { try $0.auditEntries() }.map(\.action) }
}
