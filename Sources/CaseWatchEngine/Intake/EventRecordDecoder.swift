import CaseWatchCore

/// Turns one intake record's named values into an event: the part the JSON-lines and CSV formats share.
///
/// Every record names `id`, `case`, `type`, `at` (ISO 8601 with an offset) and `actor`; the rest are the
/// fields of its type. Personal-data fields are dropped; any other unknown field is an error.
struct EventRecordDecoder {
    static let envelope: Set<String> = ["id", "case", "type", "at", "actor"]

    /// Decodes the values of one record, or says what is wrong with it.
    static func decode(
        _ values: [String: String], dropped: inout [String: Int]
    ) -> Result<CaseEvent, RecordError> {
        var fields: [String: String] = [:]
        for (name, value) in values where !envelope.contains(name) {
            if PersonalData.isPersonal(name) {
                dropped[name, default: 0] += 1
            } else if !value.isEmpty {
                fields[name] = value
            }
        }
        for name in ["id", "case", "type", "at", "actor"] where (values[name] ?? "").isEmpty {
            return .failure(RecordError("missing '\(name)'; every event names id, case, type, at and actor"))
        }
        for name in ["id", "case", "actor"] {
            if let scalar = PrintableText.firstForbidden(in: values[name]!) {
                return .failure(RecordError(
                    "'\(name)' holds the control character \(PrintableText.escape(scalar)) ('\(PrintableText.escaped(values[name]!))'); ids and actors are printable text on one line"
                ))
            }
        }
        let typeName = values["type"]!
        guard let type = CaseEventType(rawValue: typeName) else {
            let names = CaseEventType.allCases.map(\.rawValue)
            let closest = names.min { editDistance($0, typeName) < editDistance($1, typeName) }!
            let hint = editDistance(closest, typeName) <= 3 ? " (did you mean '\(closest)'?)" : ""
            return .failure(RecordError("unknown event type '\(typeName)'\(hint); known types: \(names.joined(separator: ", "))"))
        }
        let at: Instant
        do {
            at = try InstantParser.parseWithOffset(values["at"]!)
        } catch {
            return .failure(RecordError("'at': \(error)"))
        }
        let kind: CaseEventKind
        do {
            kind = try CaseEventKind(type: type, fields: fields)
        } catch {
            return .failure(RecordError(error.description))
        }
        return .success(CaseEvent(
            id: EventID(values["id"]!), caseID: CaseID(values["case"]!), at: at, actor: values["actor"]!, kind: kind
        ))
    }
}

/// Why a record cannot be read.
struct RecordError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
