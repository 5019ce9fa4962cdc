import CaseWatchCore

/// The assessment as a fixed-width plain-text table for a terminal.
///
/// The facts (period, as-of, level, policy versions, event-log range, checksum) come first, then the
/// table: text columns flush left, figures flush right, widths measured in terminal columns (a Chinese
/// character takes two), the city total after a rule. Line breaks and tabs inside names are shown as
/// spaces so that every row stays on one line.
public enum AssessmentTable {
    /// The table text of `report`, ending in a newline.
    public static func render(_ report: AssessmentReport, language: AssessmentExport.Language) -> String {
        let facts = ReportFacts(report).lines(language)
        let labelWidth = facts.map { DisplayWidth.of($0.label) }.max() ?? 0
        var lines = facts.map { pad($0.label + language.pick(":", "："), to: labelWidth + 2, alignment: .left) + $0.value }
        lines.append("")

        let columns = AssessmentColumn.all
        let header = columns.map { $0.header(language) }
        let body = AssessmentLine.all(report, language: language).map { line in
            line.cells(columns).map { oneLine($0 ?? "-") }
        }
        var widths = header.map(DisplayWidth.of)
        for cells in body {
            for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        let format: ([String]) -> String = { cells in
            var text = ""
            for (index, cell) in cells.enumerated() {
                if index > 0 { text += "  " }
                text += pad(cell, to: widths[index], alignment: columns[index].alignment)
            }
            return trimmedTrailingSpaces(text)
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
        lines.append(format(header))
        lines.append(rule)
        lines += body.dropLast().map(format)
        lines.append(rule)
        if let total = body.last { lines.append(format(total)) }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `text` padded with spaces to `width` terminal columns.
    static func pad(_ text: String, to width: Int, alignment: AssessmentColumn.Alignment) -> String {
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return alignment == .left ? text + padding : padding + text
    }

    /// `text` with line breaks, tabs and other control characters shown as spaces.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { [.control, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory) ? " " : $0 }))
    }

    /// `text` without spaces at its end.
    private static func trimmedTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
