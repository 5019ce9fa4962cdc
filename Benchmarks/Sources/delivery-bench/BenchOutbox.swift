import CaseWatchCore
import CaseWatchEngine
import CaseWatchDelivery
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Logging

/// A fresh store with one unit, local webhook receivers and the daemon's delivery service over them.
struct BenchOutbox {
    let directory: TemporaryDirectory
    let store: any CaseStore
    let receivers: [LocalReceiver]
    let service: DeliveryService
    let http: DeliveryHTTPClient
    static let unit = OrgUnit(id: UnitID("cc.bench"), name: "基准社区", level: .community, parent: nil)

    static func make(receivers count: Int) async throws -> BenchOutbox {
        let directory = try TemporaryDirectory()
        let store = try SQLiteCaseStore.create(at: directory.path + "/bench.sqlite")
        try store.write { try $0.upsertUnits([unit]) }
        var receivers: [LocalReceiver] = []
        for _ in 0..<count { receivers.append(try await LocalReceiver.start()) }
        let named = Dictionary(uniqueKeysWithValues: receivers.enumerated().map { index, receiver in
            ("r\(index)", NotifyReceiver(name: "r\(index)", channel: .webhook(url: receiver.url(), secret: nil, headers: [:]), maxAgeSeconds: 3_600))
        })
        let routing = NotifyRouting(receivers: named, routes: [NotifyRoute(matcher: RouteMatcher(), receivers: named.keys.sorted())])
        var logger = Logger(label: "delivery-bench")
        logger.logLevel = .warning
        let zone = ZoneRules(identifier: "Asia/Shanghai")!
        let http = DeliveryHTTPClient()
        let service = DeliveryService(
            store: store,
            routing: DeliveryRouting(routing: routing, calendar: nil, renderer: MessageRenderer(baseURL: nil, zone: zone)),
            http: http, logger: logger,
            now: { SystemClock().now }
        )
        return BenchOutbox(directory: directory, store: store, receivers: receivers, service: service, http: http)
    }

    /// An urgent escalation notice of case `n`, happening now.
    static func notice(_ n: Int, at: Instant) -> Notice {
        Notice(
            kind: .escalation, caseID: CaseID("B\(n)"), cycle: 1, unit: unit.id, category: "road.pothole", urgency: Urgency("urgent"),
            tier: .overdue, action: .markOverdue, dueAt: at, at: at, signoff: nil, next: nil
        )
    }

    /// Registers cases 0..<count (a notice names a stored case), in one transaction.
    func registerCases(_ count: Int, at: Instant) throws {
        try store.write { writer in
            for n in 0..<count {
                let event = CaseEvent(
                    id: EventID("B\(n)-r"), caseID: CaseID("B\(n)"), at: at, actor: "bench",
                    kind: .registered(category: CaseCategory("road.pothole")!, urgency: Urgency("urgent"), policyVersion: "bench")
                )
                try writer.insertEvent(event, batch: nil, recordedAt: at)
            }
        }
    }

    /// Every request the receivers got.
    var received: Int { receivers.reduce(0) { $0 + $1.requests.count } }
}

extension BenchOutbox {
    /// Stops the client and the receivers.
    func shutdown() async throws {
        try await http.shutdown()
        for receiver in receivers { try await receiver.shutdown() }
    }
}
