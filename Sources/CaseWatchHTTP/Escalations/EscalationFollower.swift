import CaseWatchCore
import CaseWatchStore
import Hummingbird

/// Reads, for one stream, the escalations committed after the last one it wrote that pass its filters, in
/// commit order, off the cooperative pool.
///
/// ``cursor`` is the id of the last escalation read (what the client resumes after); ``scanned`` is the
/// last row looked at, so that escalations the filters skip are not read again at every wake.
struct EscalationFollower: Sendable {
    /// The id of the last escalation returned.
    private(set) var cursor: Int64
    /// The id of the last escalation committed when the store was last read (all before it were looked at).
    private(set) var scanned: Int64
    let tier: TierName?
    let unit: UnitID?
    let store: any CaseStore

    /// How many escalations one read returns at most.
    static let page = 500

    /// A follower starting after row id `cursor`.
    init(store: any CaseStore, after cursor: Int64, tier: TierName?, unit: UnitID?) {
        self.store = store
        self.cursor = cursor
        self.scanned = cursor
        self.tier = tier
        self.unit = unit
    }

    /// The next escalations, at most ``page`` of them (fewer: none are left now).
    mutating func next() async throws -> [StoredEscalation] {
        let (from, tier, unit, store) = (max(cursor, scanned), tier, unit, store)
        let (found, latest) = try await BlockingWork.run("casewatch.http.escalations.follow") {
            try store.read { reader in
                let found = try reader.escalations(afterID: from, tier: tier, under: unit, limit: Self.page)
                return (found, found.count < Self.page ? try reader.latestEscalationID() : found.last?.id ?? from)
            }
        }
        if let last = found.last { cursor = last.id }
        scanned = max(scanned, latest)
        return found
    }

    /// Writes every escalation committed since the last read as an `escalation` event (its `id:` its cursor),
    /// instants in `zone`; `name`, when given, names each unit (the wall's events).
    mutating func writeNew(to writer: inout any ResponseBodyWriter, zone: ZoneRules, naming name: ((UnitID) -> String)? = nil) async throws {
        var batch: [StoredEscalation]
        repeat {
            batch = try await next()
            let text = batch.map { stored in
                let item = EscalationItem(stored, zone: zone, unitName: name?(stored.escalation.unit))
                return ServerSentEvent(id: String(stored.id), event: "escalation", data: item.json).text
            }
            if !text.isEmpty { try await writer.write(ByteBuffer(string: text.joined())) }
        } while batch.count == Self.page
    }
}
