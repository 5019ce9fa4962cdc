/// The well-formed rows of an intake CSV table: what the event and case-history readers share.
enum CSVIntakeRows {
    /// Parses `text` and returns its header and the rows that have one field per column; a table that
    /// cannot be read, a header lacking a `required` column and short or long rows become problems.
    /// `needs` completes the sentence "… table needs" in the missing-column message.
    static func read(
        _ text: String, required: [String], needs: String, into parse: inout IntakeParse
    ) -> (header: [String], rows: [CSVTable.Row]) {
        let table: CSVTable
        do {
            table = try CSVTable(text)
        } catch {
            parse.problems.append(IntakeProblem(line: error.line, reason: .unreadable(error.message), raw: ""))
            return ([], [])
        }
        let missing = required.filter { !table.header.contains($0) }
        guard missing.isEmpty else {
            parse.problems.append(IntakeProblem(
                line: 1,
                reason: .unreadable("the header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); \(needs)"),
                raw: table.header.joined(separator: ",")
            ))
            return (table.header, [])
        }
        var seen: [String: Int] = [:]
        for (position, column) in table.header.enumerated() where !column.isEmpty && !PersonalData.isPersonal(column) {
            if let first = seen[column] {
                parse.problems.append(IntakeProblem(
                    line: 1,
                    reason: .unreadable("the header names the column '\(column)' twice (columns \(first + 1) and \(position + 1)); which one holds the value is ambiguous: keep one of them"),
                    raw: table.header.joined(separator: ",")
                ))
                return (table.header, [])
            }
            seen[column] = position
        }
        var rows: [CSVTable.Row] = []
        let personal = PersonalData.personalColumns(of: table.header)
        for original in table.rows {
            let raw = PersonalData.redactedCSVRow(original, header: table.header, personal: personal)
            let row = CSVTable.Row(line: original.line, fields: original.fields, raw: raw)
            guard row.fields.count == table.header.count else {
                parse.problems.append(IntakeProblem(
                    line: row.line, reason: .unreadable("has \(row.fields.count) fields but the header has \(table.header.count) columns"), raw: row.raw
                ))
                continue
            }
            if let problem = IntakeSizes.rowProblem(row, header: table.header) {
                parse.problems.append(IntakeProblem(line: row.line, reason: .unreadable(problem), raw: row.raw))
                continue
            }
            rows.append(row)
        }
        return (table.header, rows)
    }
}
