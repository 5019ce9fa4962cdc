import CaseWatchCore
import CaseWatchEngine

/// What `casewatch status` shows, as text lines or a JSON object.
struct StatusReport {
    let database: String
    let now: Instant
    let active: Bool
    let record: DaemonRecord?
    let openCases: Int
    let pendingSteps: Int
    let nextDue: Instant?
    let escalationsLastHour: Int

    /// The JSON object: every figure, instants in UTC.
    struct JSON: Encodable {
        let database: String
        let daemonActive: Bool
        let daemonState: String?
        let daemonPid: Int32?
        let daemonHost: String?
        let heartbeatAt: String?
        let heartbeatAgeSeconds: Int64?
        let openCases: Int
        let pendingSteps: Int
        let nextDue: String?
        let escalationsLastHour: Int

        enum CodingKeys: String, CodingKey {
            case database, daemonActive = "daemon_active", daemonState = "daemon_state", daemonPid = "daemon_pid"
            case daemonHost = "daemon_host", heartbeatAt = "heartbeat_at", heartbeatAgeSeconds = "heartbeat_age_seconds"
            case openCases = "open_cases", pendingSteps = "pending_steps", nextDue = "next_due"
            case escalationsLastHour = "escalations_last_hour"
        }
    }

    var json: JSON {
        JSON(
            database: database, daemonActive: active, daemonState: active ? record?.state : (record == nil ? nil : "stopped"),
            daemonPid: record?.pid, daemonHost: record?.host, heartbeatAt: record.map { Self.format($0.heartbeatAt) },
            heartbeatAgeSeconds: record.map { now.secondsSinceEpoch - $0.heartbeatAt }, openCases: openCases,
            pendingSteps: pendingSteps, nextDue: nextDue.map { Self.format($0.secondsSinceEpoch) },
            escalationsLastHour: escalationsLastHour
        )
    }

    var lines: [String] {
        var lines = ["database: \(database)", "daemon: \(daemonLine)"]
        if let record {
            lines.append("heartbeat: \(Self.format(record.heartbeatAt)) (\(DurationText.describe(now.secondsSinceEpoch - record.heartbeatAt)) ago)")
        }
        lines.append("open cases: \(openCases)")
        lines.append("pending steps: \(pendingSteps)")
        if let nextDue {
            let delta = nextDue.secondsSinceEpoch - now.secondsSinceEpoch
            let relative = delta >= 0 ? "in \(DurationText.describe(delta))" : "\(DurationText.describe(-delta)) ago: fires when a daemon runs"
            lines.append("next due: \(Self.format(nextDue.secondsSinceEpoch)) (\(relative))")
        } else {
            lines.append("next due: none")
        }
        lines.append("escalations in the last hour: \(escalationsLastHour)")
        return lines
    }

    private var daemonLine: String {
        guard let record else { return active ? "active" : "not running (no daemon has run on this database)" }
        if active {
            return "active, \(record.state) (pid \(record.pid) on \(record.host), started \(Self.format(record.startedAt)))"
        }
        return "not running (the last one, pid \(record.pid) on \(record.host), was \(record.state == "stopped" ? "stopped" : "killed or crashed") at about \(Self.format(record.heartbeatAt)))"
    }

    private static func format(_ seconds: Int64) -> String {
        InstantFormatter.format(Instant(secondsSinceEpoch: seconds), offsetSeconds: 0)
    }
}
