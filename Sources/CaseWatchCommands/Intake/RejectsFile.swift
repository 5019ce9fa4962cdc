import CaseWatchEngine
import Foundation

/// Writes rejected records with their reasons, one JSON object per line: `{"line", "reason", "record"}`.
///
/// The record is the one the reader kept, with personal-data fields replaced by `[dropped]` (or the whole
/// record withheld when it cannot be redacted field by field); the file is readable by its owner only.
enum RejectsFile {
    struct Entry: Encodable {
        let line: Int
        let reason: String
        let record: String
    }

    static func write(_ problems: [IntakeProblem], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = ""
        for problem in problems {
            let data = try encoder.encode(Entry(line: problem.line, reason: problem.reason.wording(), record: problem.raw))
            text += String(decoding: data, as: UTF8.self) + "\n"
        }
        try OutputFile.write(Array(text.utf8), to: path, option: "--rejects", ownerOnly: true)
    }
}
