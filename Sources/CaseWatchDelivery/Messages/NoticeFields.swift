import CaseWatchCore

/// A message's facts by name, as programs receive them (`CASEWATCH_<NAME>` for the command channel).
enum NoticeFields {
    /// The fields of a one-notice message.
    static func single(_ notice: Notice, renderer: MessageRenderer) -> [String: String] {
        var fields = [
            "count": "1",
            "kind": notice.kind.rawValue,
            "case_id": notice.caseID.rawValue,
            "cycle": String(notice.cycle),
            "unit": notice.unit.rawValue,
            "unit_name": renderer.displayName(notice.unit),
            "category": notice.category,
            "urgency": notice.urgency.rawValue,
            "at": notice.at.description,
            "lateness_seconds": String(notice.latenessSeconds),
        ]
        fields["tier"] = notice.tier?.rawValue
        fields["action"] = notice.action?.rawValue
        fields["due_at"] = notice.dueAt?.description
        fields["link"] = renderer.link(to: notice.caseID)
        fields["next_tier"] = notice.next?.tier.rawValue
        fields["next_due_at"] = notice.next?.dueAt.description
        fields["signoff_level"] = notice.signoff?.level
        fields["signoff_status"] = notice.signoff?.status.rawValue
        return fields
    }

    /// The fields of a grouped message: what they share, and the lists of cases and units.
    static func group(_ notices: [Notice], renderer: MessageRenderer) -> [String: String] {
        var fields = [
            "count": String(notices.count),
            "case_ids": notices.map(\.caseID.rawValue).joined(separator: ","),
            "units": Array(Set(notices.map(\.unit.rawValue))).sorted().joined(separator: ","),
        ]
        let kinds = Set(notices.map(\.kind.rawValue))
        if kinds.count == 1 { fields["kind"] = kinds.first }
        let tiers = Set(notices.compactMap(\.tier?.rawValue))
        if tiers.count == 1 { fields["tier"] = tiers.first }
        return fields
    }
}
