import CaseWatchCore

extension AssessmentEscalation {
    /// The escalations detected in a period as assessment counts them as of its end, in detection order:
    /// SQL both backends run, whose rows ``init(stored:)`` reads. `asOf` and `from` are the placeholders of
    /// the two instants in the backend's syntax; `escalations` names the table aliased `e` (with SQLite's
    /// index hint).
    package static func storedQuery(asOf: String, from: String, escalations: String) -> String {
        """
        SELECT e.id, e.case_id, e.cycle, e.tier, e.unit_id, e.due_at, e.detected_at, e.points_hundredths,
               EXISTS (SELECT 1 FROM signoffs s WHERE s.escalation_id = e.id),
               EXISTS (SELECT 1 FROM signoffs s WHERE s.escalation_id = e.id AND s.status = 'rejected' AND s.decided_at <= \(asOf)),
               (SELECT COUNT(*) FROM ledger l WHERE l.escalation_id = e.id AND l.kind = 'signoff_escalated' AND l.at <= \(asOf))
        FROM \(escalations)
        WHERE e.detected_at >= \(from) AND e.detected_at <= \(asOf) ORDER BY e.detected_at, e.id
        """
    }

    /// The escalation in a row of ``storedQuery(asOf:from:escalations:)``: its columns, whether it has a
    /// sign-off, whether that was rejected by the as-of instant, and how many `signoff_escalated` lines it
    /// had by then. A tier this build does not know is corrupt.
    package init(stored row: some StoredRow) throws(StoreError) {
        let id = try row.int(0)
        let tierName = try row.text(3)
        guard let tier = TierName(rawValue: tierName) else {
            throw .corrupt("escalation \(id): tier '\(tierName)' is unknown")
        }
        self.init(
            id: id, caseID: CaseID(try row.text(1)), cycle: try row.count(2), tier: tier, unit: UnitID(try row.text(4)),
            dueAt: try row.instant(5), detectedAt: try row.instant(6), points: AssessmentPoints(hundredths: try row.count(7)),
            hasSignoff: try row.bool(8), rejected: try row.bool(9), passedUp: try row.count(10)
        )
    }
}

extension LedgerLine {
    /// The columns of the `ledger` table a line is read from, in the order ``init(stored:)`` reads them.
    package static let storedColumns = "id, unit_id, case_id, escalation_id, kind, points_hundredths, at, reverses_id"

    /// The line in `row`, whose columns are ``storedColumns``.
    package init(stored row: some StoredRow) throws(StoreError) {
        self.init(
            id: try row.int(0), unit: UnitID(try row.text(1)), caseID: try row.optionalText(2).map { CaseID($0) },
            escalationID: try row.optionalInt(3), kind: try row.text(4), points: AssessmentPoints(hundredths: try row.count(5)),
            at: try row.instant(6), reverses: try row.optionalInt(7)
        )
    }
}
