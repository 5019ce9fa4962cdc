import CaseWatchCore

extension UnitCaseCount {
    /// The count in a `unit_id, open, overdue` row (a NULL unit: open cases no unit holds).
    package init(stored row: some StoredRow) throws(StoreError) {
        self.init(unit: try row.optionalText(0).map { UnitID($0) }, open: try row.count(1), overdue: try row.count(2))
    }
}

extension PendingSignoffAge {
    /// Every pending sign-off, by level, the longest waiting first: SQL both backends run, whose rows
    /// ``init(stored:)`` reads.
    package static let storedQuery = """
        SELECT s.level, e.case_id, e.unit_id, e.detected_at, s.due_at
        FROM signoffs s JOIN escalations e ON e.id = s.escalation_id
        WHERE s.status = 'pending' ORDER BY s.level, e.detected_at, s.id
        """

    /// The sign-off in a row of ``storedQuery``.
    package init(stored row: some StoredRow) throws(StoreError) {
        self.init(
            level: try row.text(0), caseID: CaseID(try row.text(1)), unit: UnitID(try row.text(2)),
            waitingSince: try row.instant(3), due: try row.instant(4)
        )
    }
}
