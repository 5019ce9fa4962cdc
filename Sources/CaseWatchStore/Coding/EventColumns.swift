import CaseWatchCore

/// An event as a `case_events` row, for both backends: the values an INSERT writes, and the event read back
/// through the same field rules as intake.
package enum EventColumns {
    /// The columns an INSERT writes, in the order ``values(of:batch:recordedAt:into:)`` gives them.
    package static let names = ["event_id", "case_id", "type", "at", "actor", "fields", "batch_id", "recorded_at"]

    /// ``names``, comma-separated.
    package static let list = names.joined(separator: ", ")

    /// The columns a read selects, `seq` first, in the order ``storedEvent(_:)`` reads them.
    package static let selection = "seq, " + list

    /// Gives the INSERT's values for `event`, one per column of ``names``, in order: the fields as a JSON
    /// object with sorted keys.
    package static func values(
        of event: CaseEvent, batch: Int64?, recordedAt: Instant, into parameters: inout some StoredParameters
    ) {
        parameters.text(event.id.rawValue)
        parameters.text(event.caseID.rawValue)
        parameters.text(event.kind.type.rawValue)
        parameters.integer(event.at.secondsSinceEpoch)
        parameters.text(event.actor)
        parameters.text(FieldsJSON.encode(event.kind.fields))
        parameters.integer(batch)
        parameters.integer(recordedAt.secondsSinceEpoch)
    }

    /// The event in a row of ``selection``; ``StoreError/corrupt(_:)`` naming the seq when the row no
    /// longer makes an event.
    package static func storedEvent(_ row: some StoredRow) throws(StoreError) -> StoredEvent {
        let seq = try row.int(0)
        let id = try row.text(1)
        func corrupt(_ detail: String) -> StoreError {
            .corrupt("event seq \(seq) (id '\(id)') \(detail)")
        }
        let typeName = try row.text(3)
        guard let type = CaseEventType(rawValue: typeName) else {
            throw corrupt("has an unknown type '\(typeName)'")
        }
        let json = try row.text(6)
        guard let fields = FieldsJSON.decode(json) else {
            throw corrupt("has fields that are not a JSON object of strings: \(json)")
        }
        let kind: CaseEventKind
        do {
            kind = try CaseEventKind(type: type, fields: fields)
        } catch {
            throw corrupt("does not decode as a '\(type)' event: \(error)")
        }
        let event = CaseEvent(id: EventID(id), caseID: CaseID(try row.text(2)), at: try row.instant(4), actor: try row.text(5), kind: kind)
        return StoredEvent(seq: seq, event: event, batch: try row.optionalInt(7), recordedAt: try row.instant(8))
    }
}
