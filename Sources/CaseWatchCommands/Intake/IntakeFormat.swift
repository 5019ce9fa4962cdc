import ArgumentParser
import CaseWatchEngine

/// The layouts `casewatch ingest` reads.
enum IntakeFormat: String, ExpressibleByArgument, CaseIterable {
    /// One JSON object per line, one event each.
    case jsonl
    /// A CSV table, one event per row.
    case csv
    /// A case-history CSV table, one case per row.
    case cases

    /// The format a file name suggests: `.csv` reads as events in CSV, anything else as JSON lines.
    static func guess(from path: String) -> IntakeFormat {
        path.lowercased().hasSuffix(".csv") ? .csv : .jsonl
    }

    /// Reads `text` in this format.
    func read(_ text: String) -> IntakeParse {
        switch self {
        case .jsonl: JSONLinesEventReader.read(text)
        case .csv: CSVEventReader.read(text)
        case .cases: CaseHistoryReader.read(text)
        }
    }
}
