import CaseWatchCore
import GRDB

/// Reads a `case_events` row back into a ``StoredEvent``, through the same field rules as intake.
enum EventRow {
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
