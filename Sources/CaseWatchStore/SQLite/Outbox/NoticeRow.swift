import CaseWatchCore
import GRDB

/// A notice as a `notices` row: the INSERT that writes one and the columns it is read back from.
enum NoticeRow {
    /// The INSERT of one notice (17 parameters, in ``bind(_:to:)`` order).
    static let insertSQL = """
        INSERT INTO notices (kind, case_id, cycle, unit_id, category, urgency, tier, action, due_at, at, signoff_id,
            signoff_level, signoff_status, decided_by, order_case_id, next_tier, next_due_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The notice columns, prefixed with `alias.`, in the order ``notice(_:from:)`` reads them.
    static func columns(_ alias: String) -> String {
        ["kind", "case_id", "cycle", "unit_id", "category", "urgency", "tier", "action", "due_at", "at", "signoff_id",
         "signoff_level", "signoff_status", "decided_by", "order_case_id", "next_tier", "next_due_at"]
            .map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// Binds the INSERT's parameters for `notice`, in order.
    static func bind(_ notice: Notice, to binder: inout ParameterBinder) {
        binder.text(notice.kind.rawValue)
        binder.text(notice.caseID.rawValue)
        binder.integer(notice.cycle)
        binder.text(notice.unit.rawValue)
        binder.text(notice.category)
        binder.text(notice.urgency.rawValue)
        binder.text(notice.tier?.rawValue)
        binder.text(notice.action?.rawValue)
        binder.integer(notice.dueAt?.secondsSinceEpoch)
        binder.integer(notice.at.secondsSinceEpoch)
        binder.integer(notice.signoff?.id)
        binder.text(notice.signoff?.level)
        binder.text(notice.signoff?.status.rawValue)
        binder.text(notice.signoff?.decidedBy)
        binder.text(notice.signoff?.orderCaseID?.rawValue)
        binder.text(notice.next?.tier.rawValue)
        binder.integer(notice.next?.dueAt.secondsSinceEpoch)
    }

    /// The notice read from `row`, its columns starting at `start`; `id` names it in a corruption report.
    static func notice(_ row: Row, from start: Int, id: Int64) throws(StoreError) -> Notice {
        func text(_ offset: Int) -> String? { row[start + offset] }
        func instant(_ offset: Int) -> Instant? { (row[start + offset] as Int64?).map { Instant(secondsSinceEpoch: $0) } }
        func value<T>(_ offset: Int, _ name: String, _ parse: (String) -> T?) throws(StoreError) -> T? {
            guard let raw = text(offset) else { return nil }
            guard let parsed = parse(raw) else { throw .corrupt("notice \(id): \(name) '\(raw)' is unknown") }
            return parsed
        }
        guard let kind = try value(0, "kind", NoticeKind.init(rawValue:)), let caseID = text(1), let unit = text(3),
              let category = text(4), let urgency = text(5), let at = instant(9) else {
            throw .corrupt("notice \(id): a required column is missing")
        }
        var signoff: SignoffFacts?
        if let signoffID = row[start + 10] as Int64?, let level = text(11) {
            guard let status = try value(12, "sign-off status", SignoffStatus.init(rawValue:)) else {
                throw .corrupt("notice \(id): sign-off status is missing")
            }
            signoff = SignoffFacts(
                id: signoffID, level: level, status: status, decidedBy: text(13), orderCaseID: text(14).map { CaseID($0) }
            )
        }
        var next: NextStepFacts?
        if let tier = try value(15, "next tier", TierName.init(rawValue:)), let due = instant(16) {
            next = NextStepFacts(tier: tier, dueAt: due)
        }
        return Notice(
            kind: kind, caseID: CaseID(caseID), cycle: row[start + 2], unit: UnitID(unit), category: category,
            urgency: Urgency(urgency), tier: try value(6, "tier", TierName.init(rawValue:)),
            action: try value(7, "action", TierAction.init(rawValue:)), dueAt: instant(8), at: at, signoff: signoff, next: next
        )
    }
}
