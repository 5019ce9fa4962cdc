/// Reads intake events from a CSV table with a header naming `id, case, type, at, actor` and any field
/// columns (`category, urgency, unit, resolve_by, satisfaction, reason, to, days, policy_version`); an
/// empty cell is an absent field. Personal-data columns are dropped.
public enum CSVEventReader {
    /// Reads the table in `text`.
    public static func read(_ text: String) -> IntakeParse {
        var parse = IntakeParse()
        let table: CSVTable
        do {
            table = try CSVTable(text)
        } catch {
            parse.problems.append(IntakeProblem(line: error.line, message: error.message, raw: ""))
            return parse
        }
        let missing = ["id", "case", "type", "at", "actor"].filter { !table.header.contains($0) }
        guard missing.isEmpty else {
            parse.problems.append(IntakeProblem(
                line: 1,
                message: "the header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); an event table needs id, case, type, at, actor and the field columns",
                raw: table.header.joined(separator: ",")
            ))
            return parse
        }
        for row in table.rows {
            guard row.fields.count == table.header.count else {
                parse.problems.append(IntakeProblem(
                    line: row.line, message: "has \(row.fields.count) fields but the header has \(table.header.count) columns", raw: row.raw
                ))
                continue
            }
            let values = Dictionary(zip(table.header, row.fields), uniquingKeysWith: { first, _ in first })
            switch EventRecordDecoder.decode(values, dropped: &parse.droppedFields) {
            case let .success(event): parse.records.append(IntakeRecord(line: row.line, event: event, raw: row.raw))
            case let .failure(error): parse.problems.append(IntakeProblem(line: row.line, message: error.message, raw: row.raw))
            }
        }
        return parse
    }
}
