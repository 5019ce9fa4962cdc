import ArgumentParser
import CaseWatchConfig
import CaseWatchCore
import CaseWatchDelivery
import CaseWatchEngine
import CaseWatchStore
import Logging

/// The daemon's delivery options, and the delivery service they make from the policy directory's `notify.yaml`.
struct DeliveryOptions: ParsableArguments {
    @Flag(help: "Send no deliveries, even with a notify.yaml in the policy directory (notices stay in the outbox).")
    var noDeliveries = false

    @Option(help: "The leader roster whose receivers `leaders: true` routes tell (e.g. seeds/leaders.yaml); without it, those routes tell no leader.")
    var roster: String?

    /// The routing state of a policy set: the routing with the roster's leader receivers, the calendar of the
    /// policy in force, messages worded in the display zone with the store's unit names.
    func routing(of set: PolicySet, units: [UnitID: String]) throws -> DeliveryRouting? {
        guard !noDeliveries, var routing = set.notify else { return nil }
        if let roster {
            do {
                routing = routing.withLeaderReceivers(try ConfigLoader.loadLeaderReceivers(at: roster))
            } catch {
                throw CommandFailure("--roster \(roster): \(error)")
            }
        }
        let calendar = set.policies.last.map { set.calendar(for: $0) }
        let renderer = MessageRenderer(baseURL: routing.baseURL, zone: set.displayZone) { units[$0] }
        return DeliveryRouting(routing: routing, calendar: calendar, renderer: renderer)
    }

    /// The delivery service for `set` over `store`, or nil when the directory has no routing or deliveries are
    /// off.
    func service(
        set: PolicySet, store: any CaseStore, clock: any SupervisorClock, logger: Logger
    ) async throws -> (DeliveryService, DeliveryHTTPClient)? {
        let units = try await BlockingWork.run("casewatchd.units") { try Self.unitNames(store) }
        guard let routing = try routing(of: set, units: units) else { return nil }
        let http = DeliveryHTTPClient()
        let service = DeliveryService(store: store, routing: routing, http: http, logger: logger) { clock.now }
        return (service, http)
    }

    /// Applies a reloaded policy set's routing to the running deliveries, or says why nothing changes: a set
    /// without `notify.yaml` keeps the routing in force, and a `notify.yaml` new since the start needs a restart.
    func reload(_ set: PolicySet, store: any CaseStore, deliveries: DeliveryService?, logger: Logger) throws {
        guard let deliveries else {
            if set.notify != nil, !noDeliveries {
                logger.warning("notify.yaml is new since the daemon started; restart the daemon to start deliveries (notices wait in the outbox meanwhile)")
            }
            return
        }
        if let routing = try routing(of: set, units: try Self.unitNames(store)) {
            deliveries.update(routing)
        } else {
            logger.warning("the reloaded policies have no notify.yaml; deliveries keep the routing in force (restart the daemon to stop them, or use --no-deliveries)")
        }
    }

    /// The store's unit names by id, for the messages.
    private static func unitNames(_ store: any CaseStore) throws -> [UnitID: String] {
        Dictionary(try store.read { try $0.units() }.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
