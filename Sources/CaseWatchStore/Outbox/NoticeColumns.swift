import CaseWatchCore

/// A notice as a `notices` row, for both backends: its columns, the values an INSERT writes to them, and
/// the notice read back from them.
package enum NoticeColumns {
    /// The notice's columns, in the order ``values(of:into:)`` gives and ``notice(_:from:id:)`` reads them.
    package static let names = [
        "kind", "case_id", "cycle", "unit_id", "category", "urgency", "tier", "action", "due_at", "at", "signoff_id",
        "signoff_level", "signoff_status", "decided_by", "order_case_id", "next_tier", "next_due_at",
    ]

    /// The columns, comma-separated, each prefixed with `alias.` when one is given.
    package static func list(_ alias: String? = nil) -> String {
        let prefix = alias.map { "\($0)." } ?? ""
        return names.map { prefix + $0 }.joined(separator: ", ")
    }

    /// Gives the INSERT's values for `notice`, one per column of ``names``, in order.
    package static func values(of notice: Notice, into parameters: inout some StoredParameters) {
        parameters.text(notice.kind.rawValue)
        parameters.text(notice.caseID.rawValue)
        parameters.integer(Int64(notice.cycle))
        parameters.text(notice.unit.rawValue)
        parameters.text(notice.category)
        parameters.text(notice.urgency.rawValue)
        parameters.text(notice.tier?.rawValue)
        parameters.text(notice.action?.rawValue)
        parameters.integer(notice.dueAt?.secondsSinceEpoch)
        parameters.integer(notice.at.secondsSinceEpoch)
        parameters.integer(notice.signoff?.id)
        parameters.text(notice.signoff?.level)
        parameters.text(notice.signoff?.status.rawValue)
        parameters.text(notice.signoff?.decidedBy)
        parameters.text(notice.signoff?.orderCaseID?.rawValue)
        parameters.text(notice.next?.tier.rawValue)
        parameters.integer(notice.next?.dueAt.secondsSinceEpoch)
    }

    /// The notice read from `row`, its columns (``names``) starting at `start`; `id` names it in a
    /// corruption report.
    package static func notice(_ row: some StoredRow, from start: Int, id: Int64) throws(StoreError) -> Notice {
        func text(_ offset: Int) throws(StoreError) -> String? { try row.optionalText(start + offset) }
        func instant(_ offset: Int) throws(StoreError) -> Instant? { try row.optionalInstant(start + offset) }
        func value<T>(_ offset: Int, _ name: String, _ parse: (String) -> T?) throws(StoreError) -> T? {
            guard let raw = try text(offset) else { return nil }
            guard let parsed = parse(raw) else { throw .corrupt("notice \(id): \(name) '\(raw)' is unknown") }
            return parsed
        }
        guard let kind = try value(0, "kind", NoticeKind.init(rawValue:)), let caseID = try text(1), let unit = try text(3),
              let category = try text(4), let urgency = try text(5), let at = try instant(9) else {
            throw .corrupt("notice \(id): a required column is missing")
        }
        var signoff: SignoffFacts?
        if let signoffID = try row.optionalInt(start + 10), let level = try text(11) {
            guard let status = try value(12, "sign-off status", SignoffStatus.init(rawValue:)) else {
                throw .corrupt("notice \(id): sign-off status is missing")
            }
            signoff = SignoffFacts(
                id: signoffID, level: level, status: status, decidedBy: try text(13), orderCaseID: try text(14).map { CaseID($0) }
            )
        }
        var next: NextStepFacts?
        if let tier = try value(15, "next tier", TierName.init(rawValue:)), let due = try instant(16) {
            next = NextStepFacts(tier: tier, dueAt: due)
        }
        return Notice(
            kind: kind, caseID: CaseID(caseID), cycle: try row.count(start + 2), unit: UnitID(unit), category: category,
            urgency: Urgency(urgency), tier: try value(6, "tier", TierName.init(rawValue:)),
            action: try value(7, "action", TierAction.init(rawValue:)), dueAt: try instant(8), at: at, signoff: signoff, next: next
        )
    }
}
