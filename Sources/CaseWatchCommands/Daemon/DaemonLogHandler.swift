import CaseWatchCore
import CaseWatchEngine
import Foundation
import Logging

/// The daemon's log lines on standard output, one per event, as text or as JSON lines, written unbuffered
/// (a line a crash interrupts is never half-written by a buffer).
///
/// Text: `2026-11-29T05:00:00.123Z notice escalation case=C1 cycle=1 tier=overdue …`. JSON: one object per
/// line with `ts`, `level`, `message` and the metadata as string members. In text, control characters in the
/// message and values (an id with a newline, an escape sequence) are written as escapes (``PrintableText``), so
/// no value can forge a line.
struct DaemonLogHandler: LogHandler {
    /// The two line formats.
    enum Format: String, CaseIterable, Sendable {
        /// `timestamp level message key=value …`.
        case text
        /// One JSON object per line.
        case json
    }

    let format: Format
    let console: Console
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let level = event.level, message = event.message, explicit = event.metadata
        let merged = metadata.merging(explicit ?? [:]) { _, new in new }
        let timestamp = Self.timestamp()
        switch format {
        case .text:
            let pairs = merged.sorted { $0.key < $1.key }.map { "\(PrintableText.escaped($0.key))=\(Self.quotedIfNeeded(PrintableText.escaped("\($0.value)")))" }
            console.write(([timestamp, level.rawValue, PrintableText.escaped("\(message)")] + pairs).joined(separator: " ") + "\n", .out)
        case .json:
            var object: [String: String] = ["ts": timestamp, "level": level.rawValue, "message": "\(message)"]
            for (key, value) in merged where object[key] == nil { object[key] = "\(value)" }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            console.write(String(decoding: data, as: UTF8.self) + "\n", .out)
        }
    }

    private static func quotedIfNeeded(_ value: String) -> String {
        value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) ? "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : value
    }

    /// The current UTC time to the millisecond.
    private static func timestamp() -> String {
        let nanoseconds = SystemClock().nanosecondsSinceEpoch()
        let seconds = InstantFormatter.format(Instant(secondsSinceEpoch: nanoseconds / 1_000_000_000), offsetSeconds: 0)
        let milliseconds = String(format: "%03d", Int(nanoseconds % 1_000_000_000 / 1_000_000))
        return String(seconds.dropLast()) + ".\(milliseconds)Z"
    }
}
