import CaseWatchCore

/// A delivery with its notice as a row of `deliveries d JOIN notices n`, for both backends: the query's
/// head and the delivery read back from its columns.
package enum DeliveryColumns {
    /// The SELECT of deliveries with their notices, before the filter and order (on alias `d`), in the
    /// order ``delivery(_:)`` reads them.
    package static let select = """
        SELECT d.id, d.notice_id, d.receiver, d.idempotency_key, d.urgent, d.status, d.not_before, d.group_key,
            d.batch_id, d.attempts, d.next_attempt_at, d.last_error, d.created_at, d.sent_at, d.dead_reason,
            \(NoticeColumns.list("n"))
        FROM deliveries d JOIN notices n ON n.id = d.notice_id
        """

    /// The delivery read from a row of ``select``.
    package static func delivery(_ row: some StoredRow) throws(StoreError) -> StoredDelivery {
        let id = try row.int(0)
        let noticeID = try row.int(1)
        return StoredDelivery(
            id: id, noticeID: noticeID, notice: try NoticeColumns.notice(row, from: 15, id: noticeID), receiver: try row.text(2),
            idempotencyKey: try row.text(3), urgent: try row.int(4) != 0, status: try DeliveryStatus(stored: try row.text(5), delivery: id),
            notBefore: try row.instant(6), groupKey: try row.optionalText(7), batchID: try row.optionalInt(8),
            attempts: try row.count(9), nextAttemptAt: try row.optionalInstant(10), lastError: try row.optionalText(11),
            createdAt: try row.instant(12), sentAt: try row.optionalInstant(13), deadReason: try row.optionalText(14)
        )
    }
}

extension DeliveryStatus {
    /// The status stored as `name` for delivery `id`; a name no status has is a corruption.
    package init(stored name: String, delivery id: Int64) throws(StoreError) {
        guard let status = DeliveryStatus(rawValue: name) else {
            throw .corrupt("delivery \(id): status '\(name)' is unknown")
        }
        self = status
    }
}
