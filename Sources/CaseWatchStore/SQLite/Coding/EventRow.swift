import CaseWatchCore
import GRDB

/// A `case_events` row: how an event is written to it, and read back through the same field rules as intake.
enum EventRow {
    /// The insert of one event.
    static let insertSQL = """
        INSERT INTO case_events (event_id, case_id, type, at, actor, fields, batch_id, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Binds the parameters of ``insertSQL``: the fields as a JSON object with sorted keys.
    static func bind(_ event: CaseEvent, batch: Int64?, recordedAt: Instant, to binder: inout ParameterBinder) {
        binder.text(event.id.rawValue)
        binder.text(event.caseID.rawValue)
        binder.text(event.kind.type.rawValue)
        binder.integer(event.at.secondsSinceEpoch)
        binder.text(event.actor)
        binder.text(FieldsJSON.encode(event.kind.fields))
        binder.integer(batch)
        binder.integer(recordedAt.secondsSinceEpoch)
    }

    /// The event in a row of ``StoreReader/eventColumns``; ``StoreError/corrupt(_:)`` naming the seq
    /// when the row no longer makes an event.
    static func decode(_ row: Row) throws -> StoredEvent {
        let seq: Int64 = try row.decode(atIndex: 0)
        let id: String = try row.decode(atIndex: 1)
        func corrupt(_ detail: String) -> StoreError {
            .corrupt("event seq \(seq) (id '\(id)') \(detail)")
        }
        let typeName: String = try row.decode(atIndex: 3)
        guard let type = CaseEventType(rawValue: typeName) else {
            throw corrupt("has an unknown type '\(typeName)'")
        }
        let json: String = try row.decode(atIndex: 6)
        guard let fields = FieldsJSON.decode(json) else {
            throw corrupt("has fields that are not a JSON object of strings: \(json)")
        }
        let kind: CaseEventKind
        do {
            kind = try CaseEventKind(type: type, fields: fields)
        } catch {
            throw corrupt("does not decode as a '\(type)' event: \(error)")
        }
        let event = CaseEvent(
            id: EventID(id), caseID: CaseID(try row.decode(String.self, atIndex: 2)),
            at: Instant(secondsSinceEpoch: try row.decode(atIndex: 4)), actor: try row.decode(atIndex: 5), kind: kind
        )
        return StoredEvent(
            seq: seq, event: event, batch: try row.decode(atIndex: 7),
            recordedAt: Instant(secondsSinceEpoch: try row.decode(atIndex: 8))
        )
    }
}
