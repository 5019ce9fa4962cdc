import CaseWatchCore

/// Reads intake events written as JSON lines: one JSON object per line, e.g.
/// `{"id":"e1","case":"C1","type":"registered","at":"2026-10-08T09:12:00+08:00","actor":"agent-07","category":"road.pothole","urgency":"normal"}`.
///
/// Field values are strings; `days` may also be a number. Blank lines are skipped.
public enum JSONLinesEventReader {
    /// Reads every line of `text`.
    public static func read(_ text: String) -> IntakeParse {
        var parse = IntakeParse()
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let text = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if text.allSatisfy(\.isWhitespace) { continue }
            read(text, number: number, into: &parse)
        }
        return parse
    }

    /// Reads records that arrived one by one (the elements of a JSON array), each a JSON object numbered by
    /// its 1-based position; a record may span lines.
    public static func read(records: some Sequence<String>) -> IntakeParse {
        var parse = IntakeParse()
        for (offset, text) in records.enumerated() {
            read(text, number: offset + 1, into: &parse)
        }
        return parse
    }

    /// Reads one record, numbered `number`, into `parse`: its event, or its problem.
    static func read(_ text: String, number: Int, into parse: inout IntakeParse) {
        if let problem = IntakeSizes.lineProblem(text) {
            parse.problems.append(IntakeProblem(line: number, reason: .unreadable(problem), raw: PersonalData.redactedJSONLine(text)))
            return
        }
        switch values(of: text) {
        case let .failure(error):
            parse.problems.append(IntakeProblem(line: number, reason: error.reason, raw: PersonalData.redactedJSONLine(text)))
        case let .success(values):
            // The line is kept as it is unless it names a personal field (decoding found every key).
            let raw = values.keys.contains(where: PersonalData.isPersonal) ? PersonalData.redactedJSONLine(text) : text
            if let problem = IntakeSizes.fieldProblem(values) {
                parse.problems.append(IntakeProblem(line: number, reason: .unreadable(problem), raw: raw))
                return
            }
            switch EventRecordDecoder.decode(values, dropped: &parse.droppedFields) {
            case let .success(event): parse.records.append(IntakeRecord(line: number, event: event, raw: raw))
            case let .failure(error): parse.problems.append(IntakeProblem(line: number, reason: error.reason, raw: raw))
            }
        }
    }

    /// The named values of one record, or why it cannot be read. A key written twice keeps its first
    /// value, as Foundation's JSONDecoder reads it.
    static func values(of line: String) -> Result<[String: String], RecordError> {
        let entries: [IntakeObjectScanner.Entry]
        switch IntakeObjectScanner.entries(of: line) {
        case let .success(found):
            entries = found
        case .failure(.notAnObject):
            return .failure(RecordError("not a JSON object; write one object per line, e.g. {\"id\": \"e1\", \"case\": \"C1\", ...}"))
        case .failure(.invalidJSON):
            return .failure(RecordError("not valid JSON (a truncated or malformed line); write one JSON object per line"))
        }
        var values: [String: String] = Dictionary(minimumCapacity: entries.count)
        var seen: Set<String> = Set(minimumCapacity: entries.count)
        for (key, value) in entries where seen.insert(key).inserted {
            switch value {
            case let .string(text): values[key] = text
            case let .integer(number) where key == "days": values[key] = String(number)
            case let .integer(number) where PersonalData.isPersonal(key): values[key] = String(number)
            case let .integer(number):
                return .failure(RecordError("field '\(key)' must be a string, not the number \(number); write \"\(number)\""))
            case .null: continue
            case .other where PersonalData.isPersonal(key):
                values[key] = ""
            case let .other(kind):
                return .failure(RecordError("field '\(key)' must be a string\(key == "days" ? " or a whole number" : ""), not \(kind)"))
            }
        }
        return .success(values)
    }
}
