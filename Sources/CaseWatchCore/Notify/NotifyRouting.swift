/// Who is told of a notice and from when, as `policies/notify.yaml` configures it: named receivers, routes
/// tried in order (the first match stops unless it says `continue`), unit contacts (the most specific unit
/// of a subtree wins) and the leaders' receivers from the roster.
///
/// Pure: the caller gives the unit's lineage, the roster, the work calendar and the instant.
public struct NotifyRouting: Sendable {
    /// The address of the case pages messages link to (`base_url` + case id); nil for no link.
    public let baseURL: String?
    /// The receivers, by name.
    public let receivers: [String: NotifyReceiver]
    /// The routes, in the order they are tried.
    public let routes: [NotifyRoute]
    /// The contacts of unit subtrees: a unit without its own falls back to its nearest parent's.
    public let unitContacts: [UnitID: [String]]
    /// The urgencies whose cases are urgent: never delayed, never grouped.
    public let urgentUrgencies: Set<Urgency>
    /// Each leader's receivers, by leader id, as the roster's `receivers:` names them.
    public let leaderReceivers: [String: [String]]

    /// The urgencies that are urgent when the file names none.
    public static let defaultUrgentUrgencies: Set<Urgency> = [Urgency("urgent")]

    /// Creates a routing.
    public init(
        baseURL: String? = nil, receivers: [String: NotifyReceiver], routes: [NotifyRoute],
        unitContacts: [UnitID: [String]] = [:], urgentUrgencies: Set<Urgency> = NotifyRouting.defaultUrgentUrgencies,
        leaderReceivers: [String: [String]] = [:]
    ) {
        self.baseURL = baseURL
        self.receivers = receivers
        self.routes = routes
        self.unitContacts = unitContacts
        self.urgentUrgencies = urgentUrgencies
        self.leaderReceivers = leaderReceivers
    }

    /// The same routing with the leaders' receivers of a roster.
    public func withLeaderReceivers(_ leaderReceivers: [String: [String]]) -> NotifyRouting {
        NotifyRouting(
            baseURL: baseURL, receivers: receivers, routes: routes, unitContacts: unitContacts,
            urgentUrgencies: urgentUrgencies, leaderReceivers: leaderReceivers
        )
    }

    /// Whether a notice is urgent: its case's urgency is one of ``urgentUrgencies``, or it asks a leader to
    /// sign off (a request, or one passed up a level). Urgent deliveries are never delayed or grouped.
    public func isUrgent(_ notice: Notice) -> Bool {
        urgentUrgencies.contains(notice.urgency) || notice.kind == .signoffRequested || notice.kind == .signoffPassedUp
    }

    /// The deliveries of a notice: one per distinct receiver told, in the order first told.
    ///
    /// - Parameters:
    ///   - lineage: the notice's unit, then its parents up to the root.
    ///   - leaders: the roster, whose leaders of the sign-off's level and jurisdiction are told on `leaders` routes.
    ///   - calendar: the work calendar whose windows `working_hours` receivers keep; nil keeps none.
    ///   - now: when the notice is routed.
    public func plan(_ notice: Notice, lineage: [UnitID], leaders: [Leader], calendar: WorkCalendar?, now: Instant) -> [PlannedDelivery] {
        explain(notice, lineage: lineage, leaders: leaders, calendar: calendar, now: now).deliveries
    }

    /// When a delivery to `receiver` may be sent, and its group: urgent ones at once and alone; others
    /// after the receiver's group wait, moved to its next working instant when it keeps office hours.
    public func delivery(to receiver: NotifyReceiver, of notice: Notice, calendar: WorkCalendar?, now: Instant) -> PlannedDelivery {
        guard !isUrgent(notice) else {
            return PlannedDelivery(receiver: receiver.name, urgent: true, notBefore: now, groupKey: nil)
        }
        var notBefore = now.adding(seconds: receiver.groupWaitSeconds)
        if receiver.workingHoursOnly, let calendar {
            notBefore = calendar.nextWorkingInstant(atOrAfter: notBefore)
        }
        let grouped = receiver.groupWaitSeconds > 0 || receiver.workingHoursOnly
        return PlannedDelivery(
            receiver: receiver.name, urgent: false, notBefore: notBefore,
            groupKey: grouped ? Self.groupKey(receiver: receiver.name, notice: notice) : nil
        )
    }

    /// `<receiver>/<kind>/<tier>` (`-` without a tier): what non-urgent messages are grouped by.
    public static func groupKey(receiver: String, notice: Notice) -> String {
        "\(receiver)/\(notice.kind.rawValue)/\(notice.tier?.rawValue ?? "-")"
    }
}
