import CaseWatchCore
import Foundation

/// Renders rows as left-aligned columns separated by two spaces.
enum TextTable {
    /// The lines of the table; control characters in a cell are written as escapes (``PrintableText``), so
    /// that no cell breaks its line or moves the cursor.
    static func render(header: [String], rows: [[String]]) -> [String] {
        let all = ([header] + rows).map { $0.map(PrintableText.escaped) }
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }
}
