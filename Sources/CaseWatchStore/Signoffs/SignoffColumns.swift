import CaseWatchCore

/// A sign-off with its escalation as a row of `signoffs s JOIN escalations e`, for both backends: the
/// query's head and the sign-off read back from its columns.
package enum SignoffColumns {
    /// The SELECT of sign-offs with their escalations, before the filter and order (on aliases `s` and
    /// `e`), in the order ``signoff(_:)`` reads them.
    package static let select = """
        SELECT s.id, s.escalation_id, e.case_id, e.unit_id, e.cycle, e.due_at, s.level, s.status, s.due_at, s.decided_by,
            s.decided_at, s.instruction, s.reason, s.returned_at, s.order_case_id, s.escalated_to
        FROM signoffs s JOIN escalations e ON e.id = s.escalation_id
        """

    /// The sign-off read from a row of ``select``.
    package static func signoff(_ row: some StoredRow) throws(StoreError) -> Signoff {
        let id = try row.int(0)
        let statusName = try row.text(7)
        guard let status = SignoffStatus(rawValue: statusName) else {
            throw .corrupt("sign-off \(id): status '\(statusName)' is unknown")
        }
        return Signoff(
            id: id, escalationID: try row.int(1), caseID: CaseID(try row.text(2)), unit: UnitID(try row.text(3)),
            cycle: try row.count(4), escalationDueAt: try row.instant(5), level: try row.text(6), status: status,
            dueAt: try row.instant(8), decidedBy: try row.optionalText(9), decidedAt: try row.optionalInstant(10),
            instruction: try row.optionalText(11), reason: try row.optionalText(12), returnedAt: try row.optionalInstant(13),
            orderCaseID: try row.optionalText(14).map { CaseID($0) }, escalatedTo: try row.optionalInt(15)
        )
    }
}
