import CaseWatchCore

/// Reads a case-history table (one row per case) and turns each row into the case's events: the table
/// `casewatch ingest --format cases` and `casewatch replay` read.
///
/// Columns: `case_id, category, unit, created_at` and optionally `urgency` (default `normal`),
/// `accepted_at`, `closed_at` and `due_at` (an explicit resolve deadline). Other columns are ignored;
/// personal-data columns are dropped. A row becomes `registered` and `dispatched` at `created_at`,
/// `accepted` at `accepted_at`, and `replied` and `closed` at `closed_at`; event ids are
/// `<case_id>#<type>`, so ingesting a table twice stores nothing new. A `closed_at` before `created_at`
/// (seen in real exports) is read as a close at `created_at`, and counted in ``IntakeParse/repairs``; a
/// `due_at` before `created_at` is refused (a deadline is never guessed). A column named twice is refused.
public enum CaseHistoryReader {
    /// The columns a case-history table must have.
    public static let requiredColumns = ["case_id", "category", "unit", "created_at"]
    /// The columns it may have.
    public static let optionalColumns = ["urgency", "accepted_at", "closed_at", "due_at"]

    /// Reads the table in `text`.
    public static func read(_ text: String) -> IntakeParse {
        var parse = IntakeParse()
        let (header, rows) = CSVIntakeRows.read(
            text, required: requiredColumns,
            needs: "a case-history table needs \(requiredColumns.joined(separator: ", ")) and may have \(optionalColumns.joined(separator: ", "))",
            into: &parse
        )
        let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let personal = header.filter(PersonalData.isPersonal)
        for row in rows {
            for column in personal where !row.fields[index[column]!].isEmpty { parse.droppedFields[column, default: 0] += 1 }
            let value = { (column: String) -> String in index[column].map { trimmed(row.fields[$0]) } ?? "" }
            do {
                for event in try events(value, repairs: &parse.repairs) {
                    parse.records.append(IntakeRecord(line: row.line, event: event, raw: row.raw))
                }
            } catch {
                parse.problems.append(IntakeProblem(line: row.line, reason: error.reason, raw: row.raw))
            }
        }
        return parse
    }

    /// The cell without surrounding spaces and tabs (most cells have none, and are returned as they are).
    static func trimmed(_ cell: String) -> String {
        guard let first = cell.utf8.first, let last = cell.utf8.last else { return cell }
        let blank = { (byte: UInt8) in byte == 32 || byte == 9 }
        return blank(first) || blank(last) ? cell.trimmingCharacters(in: Set(" \t")) : cell
    }

    /// The events of one row.
    static func events(_ value: (String) -> String, repairs: inout [String: Int]) throws(RecordError) -> [CaseEvent] {
        for column in requiredColumns where value(column).isEmpty {
            throw RecordError("'\(column)' is empty; every case needs \(requiredColumns.joined(separator: ", "))")
        }
        let caseID = CaseID(value("case_id"))
        guard let category = CaseCategory(value("category")) else {
            throw RecordError("'category' '\(value("category"))' is not a category; write dotted parts such as road.pothole")
        }
        let urgency = Urgency(value("urgency").isEmpty ? "normal" : value("urgency"))
        let created = try instant(value, "created_at")!
        let due = try instant(value, "due_at")
        if let due, due < created {
            throw RecordError(
                "'due_at' \(value("due_at")) is before 'created_at' \(value("created_at")); a case cannot be due before it is created: correct the row, or leave due_at empty to let the policy set the deadline"
            )
        }
        let unit = UnitID(value("unit"))
        func event(_ type: CaseEventType, _ at: Instant, _ kind: CaseEventKind) -> CaseEvent {
            CaseEvent(id: EventID("\(caseID)#\(type)"), caseID: caseID, at: at, actor: "history", kind: kind)
        }
        var events = [
            event(.registered, created, .registered(category: category, urgency: urgency, policyVersion: nil)),
            event(.dispatched, created, .dispatched(unit: unit, resolveBy: due)),
        ]
        if let accepted = try instant(value, "accepted_at") {
            events.append(event(.accepted, accepted, .accepted))
        }
        if var closed = try instant(value, "closed_at") {
            if closed < created {
                // Real exports hold closes stamped before the registration; read them as closed at once.
                repairs["closed_at before created_at, read as closed at created_at", default: 0] += 1
                closed = created
            }
            events.append(event(.replied, closed, .replied))
            events.append(event(.closed, closed, .closed(satisfaction: nil)))
        }
        return events
    }

    static func instant(_ value: (String) -> String, _ column: String) throws(RecordError) -> Instant? {
        let text = value(column)
        guard !text.isEmpty else { return nil }
        do {
            return try InstantParser.parseWithOffset(text)
        } catch {
            throw RecordError("'\(column)': \(error)")
        }
    }
}
