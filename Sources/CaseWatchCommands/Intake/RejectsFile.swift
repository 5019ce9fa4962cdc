import CaseWatchEngine
import Foundation

/// Writes rejected records with their reasons, one JSON object per line: `{"line", "reason", "record"}`.
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
            let data = try encoder.encode(Entry(line: problem.line, reason: problem.reason.wording, record: problem.raw))
            text += String(decoding: data, as: UTF8.self) + "\n"
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw CommandFailure("cannot write the rejects file \(path): \(error.localizedDescription)")
        }
    }
}
