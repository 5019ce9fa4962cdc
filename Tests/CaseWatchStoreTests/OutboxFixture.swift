import CaseWatchCore
import CaseWatchTesting
@testable import CaseWatchStore

/// A store of either backend with case C-1 registered, and notices of it to put in the outbox.
struct OutboxFixture {
    let scratch: ScratchStore
    var store: any CaseStore { scratch.store }

    init(_ backend: StoreBackend) throws {
        scratch = try backend.makeStore()
        try scratch.store.write { writer in
            try writer.insertEvent(StoreFixtures.registration("e-1", case: "C-1"), batch: nil, recordedAt: StoreFixtures.t0)
        }
    }

    /// An escalation notice of C-1 at `tier`, detected `minutes` after t0, due five minutes before.
    static func escalation(_ tier: TierName = .warning, minutes: Int64 = 0, next: NextStepFacts? = nil) -> Notice {
        Notice(
            kind: .escalation, caseID: CaseID("C-1"), cycle: 1, unit: UnitID("cc.nanguan"), category: "road.pothole",
            urgency: Urgency("normal"), tier: tier, action: .warn, dueAt: StoreFixtures.at(minutes - 5),
            at: StoreFixtures.at(minutes), signoff: nil, next: next
        )
    }

    /// Writes `notices` in one transaction and returns their ids.
    func enqueue(_ notices: [Notice]) throws -> [Int64] {
        try store.write { writer in try notices.map { try writer.enqueue($0) } }
    }

    /// Routes notice `id` to `receivers` (non-urgent, due at t0, grouped under `group`) at t0; returns
    /// the new deliveries' ids, oldest first.
    func route(_ id: Int64, to receivers: [String], group: String? = nil, notBefore minutes: Int64 = 0) throws -> [Int64] {
        try store.write { writer in
            try writer.route(
                notice: id,
                deliveries: receivers.map {
                    PlannedDelivery(receiver: $0, urgent: false, notBefore: StoreFixtures.at(minutes), groupKey: group)
                },
                at: StoreFixtures.t0
            )
        }
        return try store.read { try $0.deliveries(limit: 1_000) }.filter { $0.noticeID == id }.map(\.id).sorted()
    }

    /// The delivery with `id`.
    func delivery(_ id: Int64) throws -> StoredDelivery {
        guard let (delivery, _) = try store.read({ try $0.delivery(id: id) }) else { throw StoreError.corrupt("no delivery \(id)") }
        return delivery
    }
}
