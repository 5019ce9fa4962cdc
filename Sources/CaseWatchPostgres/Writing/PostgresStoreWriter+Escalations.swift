import CaseWatchCore
import CaseWatchStore

extension PostgresStoreWriter {
    /// Records escalations as ``recordEscalation(_:signoffDue:)`` does, all or nothing, and returns how
    /// many were new (the others were already recorded and are left alone).
    ///
    /// One statement for the whole batch, all or nothing by itself, so no savepoint: the records go as one
    /// JSON parameter; escalations are inserted in the order given (ids in that order; of two with the same
    /// case, cycle and tier the first), each new one with its ledger line and sign-off. It fails only for an
    /// escalation of a case not registered, a caller's error that fails the transaction as a whole.
    @discardableResult
    func recordEscalations(_ escalations: [(Escalation, signoffDue: Instant?)]) throws(StoreError) -> Int {
        guard !escalations.isEmpty else { return 0 }
        var records = JSONRecords(names: ["n"] + EscalationRecord.names)
        for (index, (escalation, signoffDue)) in escalations.enumerated() {
            records.startRow()
            records.integer(Int64(index))
            EscalationRecord(escalation, signoffDue: signoffDue).values(into: &records)
        }
        guard let row = try session.row(Self.insertEscalations, [records.json()]) else {
            throw .postgres("the INSERT of escalations returned no count")
        }
        return try row.count(0)
    }

    /// The INSERT of the records in `$1` (``EscalationRecord/names``, and `n`, their order), with the ledger
    /// lines and sign-offs of those that are new; selects how many were.
    private static let insertEscalations = """
        WITH batch AS (
            SELECT DISTINCT ON (case_id, cycle, tier) *
            FROM json_to_recordset($1::json) AS b(
                n bigint, case_id text, cycle bigint, tier text, unit_id text, due_at bigint, detected_at bigint,
                points_hundredths bigint, ledger_points bigint, signoff_level text, signoff_due bigint)
            ORDER BY case_id, cycle, tier, n
        ),
        recorded AS (
            INSERT INTO escalations (\(EscalationColumns.list))
            SELECT \(EscalationColumns.list) FROM batch ORDER BY n
            ON CONFLICT (case_id, cycle, tier) DO NOTHING
            RETURNING id, case_id, cycle, tier
        ),
        ledger_lines AS (
            INSERT INTO ledger (unit_id, case_id, escalation_id, kind, points_hundredths, at)
            SELECT b.unit_id, b.case_id, r.id, 'escalation', b.ledger_points, b.detected_at
            FROM recorded r JOIN batch b USING (case_id, cycle, tier) WHERE b.ledger_points IS NOT NULL ORDER BY r.id
        ),
        pending_signoffs AS (
            INSERT INTO signoffs (escalation_id, level, status, due_at)
            SELECT r.id, b.signoff_level, 'pending', b.signoff_due
            FROM recorded r JOIN batch b USING (case_id, cycle, tier) WHERE b.signoff_level IS NOT NULL ORDER BY r.id
        )
        SELECT COUNT(*) FROM recorded
        """
}
