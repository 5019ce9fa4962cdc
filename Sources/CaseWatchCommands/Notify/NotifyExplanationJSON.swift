import CaseWatchCore

/// The JSON of `casewatch notify explain --json` for one notice: its facts, the routes' outcomes and the
/// receivers told with their planned deliveries.
struct NotifyExplanationJSON: Encodable {
    struct RouteRow: Encodable {
        let route: Int
        /// `matched`, `not_matched` or `not_tried`.
        let outcome: String
        let reason: String?
        let stoppedBy: Int?

        enum CodingKeys: String, CodingKey {
            case route, outcome, reason
            case stoppedBy = "stopped_by"
        }
    }

    struct ToldRow: Encodable {
        let receiver: String
        let channel: String
        let urgent: Bool
        let notBefore: String
        let groupKey: String?
        let why: [String]

        enum CodingKeys: String, CodingKey {
            case receiver, channel, urgent, why
            case notBefore = "not_before"
            case groupKey = "group_key"
        }
    }

    let kind: String
    let caseID: String
    let unit: String
    let category: String
    let urgency: String
    let tier: String?
    let level: String?
    let at: String
    let urgent: Bool
    let routes: [RouteRow]
    let told: [ToldRow]
    let notes: [String]

    enum CodingKeys: String, CodingKey {
        case kind, unit, category, urgency, tier, level, at, urgent, routes, told, notes
        case caseID = "case_id"
    }

    init(_ text: NotifyExplanationText) {
        let notice = text.notice, explanation = text.explanation
        let show = { (instant: Instant) in InstantFormatter.format(instant, in: text.zone) }
        kind = notice.kind.rawValue
        caseID = notice.caseID.rawValue
        unit = notice.unit.rawValue
        category = notice.category
        urgency = notice.urgency.rawValue
        tier = notice.tier?.rawValue
        level = notice.signoff?.level
        at = show(notice.at)
        urgent = explanation.urgent
        routes = explanation.routes.map { outcome in
            switch outcome {
            case let .matched(route): RouteRow(route: route, outcome: "matched", reason: nil, stoppedBy: nil)
            case let .notMatched(route, mismatch): RouteRow(route: route, outcome: "not_matched", reason: mismatch.wording, stoppedBy: nil)
            case let .notTried(route, stoppedBy): RouteRow(route: route, outcome: "not_tried", reason: nil, stoppedBy: stoppedBy)
            }
        }
        told = explanation.told.map { told in
            ToldRow(
                receiver: told.delivery.receiver, channel: text.routing.receivers[told.delivery.receiver]?.channel.kind ?? "?",
                urgent: told.delivery.urgent, notBefore: show(told.delivery.notBefore), groupKey: told.delivery.groupKey,
                why: told.reasons.map(NotifyExplanationText.reason)
            )
        }
        notes = explanation.gaps.map(NotifyExplanationText.gap)
    }
}
