import CaseWatchCore

/// The text of `casewatch notify explain` for one notice: the routes in order, who is told and from when.
struct NotifyExplanationText {
    let notice: Notice
    let explanation: RoutingExplanation
    let routing: NotifyRouting
    let zone: ZoneRules

    var text: String {
        var lines = [headline, "", "Routes (tried in order; the first match stops the search unless it says continue)"]
        lines += TextTable.render(header: ["route", "outcome"], rows: explanation.routes.map(Self.row))
        lines.append("")
        if explanation.told.isEmpty {
            lines.append("Nobody is told.")
        } else {
            lines.append("Told")
            lines += TextTable.render(
                header: ["receiver", "channel", "from", "why"],
                rows: explanation.told.map { told in
                    [told.delivery.receiver, routing.receivers[told.delivery.receiver]?.channel.kind ?? "?", when(told.delivery),
                     told.reasons.map(Self.reason).joined(separator: "; ")]
                }
            )
        }
        if !explanation.gaps.isEmpty {
            lines.append("")
            lines.append("Notes")
            lines += explanation.gaps.map { "  " + Self.gap($0) }
        }
        return lines.joined(separator: "\n")
    }

    private var headline: String {
        var what = "\(notice.kind)"
        if let tier = notice.tier { what += " \(tier) \(tier.chinese)" }
        if let level = notice.signoff?.level { what += " to the \(level) level" }
        return "\(what): case \(notice.caseID), unit \(notice.unit), category \(notice.category), urgency \(notice.urgency)"
            + (explanation.urgent ? " (urgent: never delayed or grouped)" : "") + ", at \(InstantFormatter.format(notice.at, in: zone))"
    }

    private func when(_ delivery: PlannedDelivery) -> String {
        if delivery.urgent { return "at once (urgent)" }
        var text = delivery.notBefore == notice.at ? "at once" : InstantFormatter.format(delivery.notBefore, in: zone)
        if let key = delivery.groupKey { text += ", grouped as \(key)" }
        return text
    }

    private static func row(_ outcome: RouteOutcome) -> [String] {
        switch outcome {
        case let .matched(route): ["\(route)", "matched"]
        case let .notMatched(route, mismatch): ["\(route)", "no match: \(mismatch.wording)"]
        case let .notTried(route, stoppedBy): ["\(route)", "not tried: route \(stoppedBy) matched without continue"]
        }
    }

    static func reason(_ reason: TellReason) -> String {
        switch reason {
        case let .named(route): "route \(route)"
        case let .unitContact(route, unit): "route \(route): contact of \(unit)"
        case let .leader(route, leader): "route \(route): leader \(leader)"
        }
    }

    static func gap(_ gap: RoutingGap) -> String {
        switch gap {
        case let .noUnitContact(route, unit):
            "route \(route) tells the unit contacts, but neither \(unit) nor a unit above it has one (unit_contacts in notify.yaml)"
        case let .noSignoff(route):
            "route \(route) tells the leaders, but this notice concerns no sign-off"
        case let .noLeaderReceiver(route, level):
            "route \(route) tells the leaders, but no \(level) leader of this unit has receivers (receivers: in the roster)"
        case let .unknownReceiver(route, name):
            "route \(route): receiver '\(name)' (from the roster) is not defined in notify.yaml; it is skipped"
        }
    }
}

extension RouteMismatch {
    /// Why the route did not match, in words: `the tier is urge, not one the route names`.
    var wording: String {
        switch self {
        case let .kind(kind): "the notice is \(kind), not a kind the route names"
        case let .tier(tier): tier.map { "the tier is \($0), not one the route names" } ?? "the notice has no tier"
        case let .action(action): action.map { "the action is \($0), not one the route names" } ?? "the notice has no action"
        case let .urgency(urgency): "the urgency is \(urgency), not one the route names"
        case let .category(category): "category \(category) lies under none of the route's categories"
        case let .unit(unit): "unit \(unit) lies in none of the route's units"
        case let .level(level): level.map { "the sign-off level is \($0), not one the route names" } ?? "the notice concerns no sign-off"
        }
    }
}
