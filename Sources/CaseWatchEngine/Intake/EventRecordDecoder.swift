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
            return .failure(RecordError(.missingField(name)))
        }
        for name in ["id", "case", "actor"] {
            if let scalar = PrintableText.firstForbidden(in: values[name]!) {
                return .failure(RecordError(.controlCharacter(field: name, value: values[name]!, scalar: scalar)))
            }
        }
        let typeName = values["type"]!
        guard let type = CaseEventType(rawValue: typeName) else {
            let closest = CaseEventType.allCases.min { editDistance($0.rawValue, typeName) < editDistance($1.rawValue, typeName) }!
            return .failure(RecordError(.unknownEventType(typeName, closest: editDistance(closest.rawValue, typeName) <= 3 ? closest : nil)))
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
    let reason: IntakeProblemReason
    /// A record the reader describes in `description` (its format or a field).
    init(_ description: String) { reason = .unreadable(description) }
    /// A record with a typed problem.
    init(_ reason: IntakeProblemReason) { self.reason = reason }
}
