import Foundation

/// The request bodies of the ingest benchmark: 50 cases of 2 events (registered, dispatched) each. The
/// first case of a body is urgent and dated 47 s before it is sent, so that under the bench policy (resolve
/// in 1 minute, warning at 80 %) its warning falls due 1 s after it is posted and its overdue step 13 s
/// after; the others are normal cases, due in days.
enum BenchEvents {
    static let casesPerRequest = 50
    /// The unit the in-process benchmark dispatches to.
    static let unit = "bench.unit"
    /// What makes this run's case ids its own (a daemon's store may hold an earlier run's).
    static let run = String(UInt32.random(in: 0...UInt32.max), radix: 36)

    /// The body of request `number` (unique ids), its cases dispatched to `unit`, sent at `nowSeconds`.
    static func body(request number: Int, unit: String, nowSeconds: Int64) -> Data {
        var lines: [String] = []
        lines.reserveCapacity(2 * casesPerRequest)
        for index in 0..<casesPerRequest {
            let caseID = caseID(request: number, index: index)
            let urgent = index == 0
            let at = iso(nowSeconds - (urgent ? 47 : 0))
            let urgency = urgent ? "urgent" : "normal"
            lines.append(#"{"id":"\#(caseID)-r","case":"\#(caseID)","type":"registered","at":"\#(at)","actor":"bench","category":"bench","urgency":"\#(urgency)"}"#)
            lines.append(#"{"id":"\#(caseID)-d","case":"\#(caseID)","type":"dispatched","at":"\#(at)","actor":"bench","unit":"\#(unit)"}"#)
        }
        return Data(("[" + lines.joined(separator: ",") + "]").utf8)
    }

    /// The id of case `index` of request `number`.
    static func caseID(request number: Int, index: Int) -> String {
        "H\(run)-\(number)-\(index)"
    }

    /// Unix seconds as RFC 3339 in UTC.
    static func iso(_ seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
