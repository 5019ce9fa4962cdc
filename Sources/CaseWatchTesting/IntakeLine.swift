import CaseWatchCore
import Foundation

/// JSON intake lines, one event each, as `casewatch ingest`, replay and the daemon's intake read them.
///
/// Keys are written sorted, so the same event always gives the same line.
public enum IntakeLine {
    /// One JSON intake line: event `id` of case `caseID`, of `type` (`registered`, `dispatched`, …), at the
    /// ISO 8601 text `at` as written (e.g. `2026-10-12T09:00:00+08:00`), by `actor`, with the type's
    /// `fields` (e.g. `["unit": "cc.nanguan"]`), which may also replace any of the others.
    public static func json(
        id: String, case caseID: String, type: String, at: String, fields: [String: String] = [:], actor: String = "agent-01"
    ) -> String {
        var object = ["id": id, "case": caseID, "type": type, "at": at, "actor": actor]
        for (key, value) in fields { object[key] = value }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            preconditionFailure("an object of strings is always JSON")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// One JSON intake line at the instant `at`, written in UTC (`2026-10-12T01:00:00Z`); otherwise as the
    /// `json` that takes the instant as text.
    public static func json(
        id: String, case caseID: String, type: String, at: Instant, fields: [String: String] = [:], actor: String = "agent-01"
    ) -> String {
        json(id: id, case: caseID, type: type, at: InstantFormatter.format(at, offsetSeconds: 0), fields: fields, actor: actor)
    }
}
