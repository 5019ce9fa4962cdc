import CaseWatchCore

/// How a routed notice becomes `deliveries` rows and how a group is fixed, for both backends: the values
/// of a new delivery and the rules their SQL does not say.
package enum DeliveryRows {
    /// The columns a new delivery is inserted with, in the order ``values(of:notice:noticeID:at:into:)``
    /// gives them (its status is `pending`, written by the INSERT itself).
    package static let insertColumns = "notice_id, receiver, idempotency_key, urgent, not_before, group_key, next_attempt_at, created_at"

    /// Gives the values of ``insertColumns`` for `planned`, a delivery of notice `noticeID` (`notice`)
    /// created at `at`: due at its earliest instant, and never grouped when urgent.
    package static func values(
        of planned: PlannedDelivery, notice: Notice, noticeID: Int64, at: Instant, into parameters: inout some StoredParameters
    ) {
        parameters.integer(noticeID)
        parameters.text(planned.receiver)
        parameters.text(IdempotencyKey.make(noticeID: noticeID, notice: notice, receiver: planned.receiver))
        parameters.integer(planned.urgent ? 1 : 0)
        parameters.integer(planned.notBefore.secondsSinceEpoch)
        parameters.text(planned.urgent ? nil : planned.groupKey)
        parameters.integer(planned.notBefore.secondsSinceEpoch)
        parameters.integer(at.secondsSinceEpoch)
    }

    /// The refusal to route notice `id`, which is not stored.
    package static func unknownNotice(_ id: Int64) -> StoreError {
        .corrupt("notice \(id) does not exist; route a notice that unroutedNotices returned")
    }

    /// The batch the group of deliveries `ids` is sent under: the smallest of them.
    package static func batchID(of ids: [Int64]) throws(StoreError) -> Int64 {
        guard let batch = ids.min() else { throw .corrupt("a delivery batch needs at least one delivery") }
        return batch
    }
}
