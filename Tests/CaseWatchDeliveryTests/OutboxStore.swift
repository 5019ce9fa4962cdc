import CaseWatchCore
import CaseWatchDelivery
import CaseWatchStore
import CaseWatchTesting
import Foundation

/// A real temporary store with cases registered, notices put in its outbox and routed by hand, for the tests
/// of the store-backed queue, the notice router and the delivery service.
final class OutboxStore: @unchecked Sendable {
    let temporary: TemporaryStore
    var store: SQLiteCaseStore { temporary.store }

    /// A store whose writes wait at most `busyTimeout` for another writer.
    init(busyTimeout: Duration = SQLiteCaseStore.defaultBusyTimeout) throws {
        temporary = try TemporaryStore(busyTimeout: busyTimeout)
    }

    /// A webhook receiver named `name` posting to `url` (nothing listens there unless a test starts a receiver).
    static func webhook(_ name: String, url: String = "http://127.0.0.1:9/hook", maxAge: Int64 = 86_400) -> NotifyReceiver {
        NotifyReceiver(name: name, channel: .webhook(url: url, secret: nil, headers: [:]), timeoutSeconds: 5, maxAgeSeconds: maxAge)
    }

    /// A routing sending every notice to `receivers` (one catch-all route naming them all).
    static func routing(_ receivers: [NotifyReceiver]) -> NotifyRouting {
        NotifyRouting(
            receivers: Dictionary(uniqueKeysWithValues: receivers.map { ($0.name, $0) }),
            routes: [NotifyRoute(matcher: RouteMatcher(), receivers: receivers.map(\.name))]
        )
    }

    /// An escalation notice of `caseID` at `at` (registering the case first when needed).
    func escalation(_ caseID: String, tier: TierName = .warning, urgency: String = "normal", at: Instant = DeliveryFixtures.now) throws -> Notice {
        try register(caseID)
        return Notice(
            kind: .escalation, caseID: CaseID(caseID), cycle: 1, unit: UnitID("cc.nanguan"), category: "road.pothole",
            urgency: Urgency(urgency), tier: tier, action: .warn, dueAt: at.adding(seconds: -300), at: at, signoff: nil, next: nil
        )
    }

    private var registered: Set<String> = []

    private func register(_ caseID: String) throws {
        guard registered.insert(caseID).inserted else { return }
        let event = CaseEvent(
            id: EventID("\(caseID)-reg"), caseID: CaseID(caseID), at: DeliveryFixtures.now.adding(seconds: -86_400), actor: "agent-7",
            kind: .registered(category: CaseCategory("road.pothole")!, urgency: Urgency("normal"), policyVersion: nil)
        )
        try store.write { try $0.insertEvent(event, batch: nil, recordedAt: DeliveryFixtures.now.adding(seconds: -86_400)) }
    }

    /// Writes `notice` to the outbox; returns its id.
    @discardableResult
    func enqueue(_ notice: Notice) throws -> Int64 {
        try store.write { try $0.enqueue(notice) }
    }

    /// Puts `notice` in the outbox and routes it to `receiver` due at `notBefore` (grouped under `group`, or
    /// urgent when `group` is nil); returns the delivery.
    @discardableResult
    func delivery(_ notice: Notice, to receiver: String, group: String? = nil, notBefore: Instant = DeliveryFixtures.now) throws -> StoredDelivery {
        let id = try enqueue(notice)
        try store.write { writer in
            try writer.route(
                notice: id, deliveries: [PlannedDelivery(receiver: receiver, urgent: group == nil, notBefore: notBefore, groupKey: group)],
                at: notBefore
            )
        }
        return try requireDelivery(notice: id)
    }

    private func requireDelivery(notice id: Int64) throws -> StoredDelivery {
        guard let delivery = try deliveries().first(where: { $0.noticeID == id }) else { throw Missing(what: "delivery of notice \(id)") }
        return delivery
    }

    /// Every delivery, by id.
    func deliveries() throws -> [StoredDelivery] {
        try store.read { try $0.deliveries(limit: 100_000) }.sorted { $0.id < $1.id }
    }

    /// The delivery `id` as stored now, with its attempts.
    func delivery(_ id: Int64) throws -> (StoredDelivery, [DeliveryAttempt]) {
        guard let found = try store.read({ try $0.delivery(id: id) }) else { throw Missing(what: "delivery \(id)") }
        return found
    }

    /// How many notices wait for routing.
    func unrouted() throws -> Int {
        try store.read { try $0.unroutedNoticeCount() }
    }

    struct Missing: Error {
        let what: String
    }
}
