/// Reads intake events from a CSV table with a header naming `id, case, type, at, actor` and any field
/// columns (`category, urgency, unit, resolve_by, satisfaction, reason, to, days, policy_version`); an
/// empty cell is an absent field. Personal-data columns are dropped.
public enum CSVEventReader {
    /// Reads the table in `text`.
    public static func read(_ text: String) -> IntakeParse {
        var parse = IntakeParse()
        let (header, rows) = CSVIntakeRows.read(
            text, required: ["id", "case", "type", "at", "actor"],
            needs: "an event table needs id, case, type, at, actor and the field columns", into: &parse
        )
        for row in rows {
            let values = Dictionary(zip(header, row.fields), uniquingKeysWith: { first, _ in first })
            switch EventRecordDecoder.decode(values, dropped: &parse.droppedFields) {
            case let .success(event): parse.records.append(IntakeRecord(line: row.line, event: event, raw: row.raw))
            case let .failure(error): parse.problems.append(IntakeProblem(line: row.line, reason: error.reason, raw: row.raw))
            }
        }
        return parse
    }
}
