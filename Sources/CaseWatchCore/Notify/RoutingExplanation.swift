/// Why a notice is told to whom, and from when: what ``NotifyRouting/explain(_:lineage:leaders:calendar:now:)``
/// answers.
public struct RoutingExplanation: Hashable, Sendable {
    /// Whether the notice is urgent (never delayed or grouped).
    public let urgent: Bool
    /// What became of each route, in order.
    public let routes: [RouteOutcome]
    /// The receivers told, in the order first told, each with why.
    public let told: [ToldReceiver]
    /// What a matching route asked for but could not be had (no contact, no sign-off, an unknown name).
    public let gaps: [RoutingGap]

    /// Creates an explanation.
    public init(urgent: Bool, routes: [RouteOutcome], told: [ToldReceiver], gaps: [RoutingGap]) {
        self.urgent = urgent
        self.routes = routes
        self.told = told
        self.gaps = gaps
    }

    /// The planned deliveries, one per receiver told.
    public var deliveries: [PlannedDelivery] { told.map(\.delivery) }
}

/// What became of one route; `route` is its number, counted from 1 in file order.
public enum RouteOutcome: Hashable, Sendable {
    /// It matched; its receivers are told.
    case matched(route: Int)
    /// It did not match: the first condition the notice failed.
    case notMatched(route: Int, RouteMismatch)
    /// It was not tried: route `stoppedBy` matched before it without `continue`.
    case notTried(route: Int, stoppedBy: Int)
}

/// A receiver told of a notice, why, and its planned delivery.
public struct ToldReceiver: Hashable, Sendable {
    /// The planned delivery.
    public let delivery: PlannedDelivery
    /// Every reason it is told, in route order.
    public let reasons: [TellReason]

    /// Creates a told receiver.
    public init(delivery: PlannedDelivery, reasons: [TellReason]) {
        self.delivery = delivery
        self.reasons = reasons
    }
}

/// Why a receiver is told; `route` is the route's number, counted from 1.
public enum TellReason: Hashable, Sendable {
    /// The route names it.
    case named(route: Int)
    /// It is a contact of `unit`, the most specific unit of the lineage with contacts.
    case unitContact(route: Int, unit: UnitID)
    /// It is a receiver of `leader`, who may decide the sign-off.
    case leader(route: Int, leader: String)
}

/// Something a matching route asked for that could not be had; `route` is its number, counted from 1.
public enum RoutingGap: Hashable, Sendable {
    /// `unit_contacts: true`, but neither the unit nor any parent has a contact.
    case noUnitContact(route: Int, unit: UnitID)
    /// `leaders: true`, but the notice concerns no sign-off.
    case noSignoff(route: Int)
    /// `leaders: true`, but no leader of the level and jurisdiction has a receiver.
    case noLeaderReceiver(route: Int, level: String)
    /// A receiver name (from the roster) that the routing does not define; it is skipped.
    case unknownReceiver(route: Int, name: String)
}
