import CaseWatchCore
import CaseWatchEngine

/// What `casewatch status` shows, as text lines or a JSON object: the engine's ``DaemonStatus`` in the
/// command's words.
struct StatusReport {
    /// The figures shown.
    let status: DaemonStatus

    private var database: String { status.database }
    private var now: Instant { status.now }
    private var active: Bool { status.active }
    private var record: DaemonRecord? { status.record }
    private var openCases: Int { status.openCases }
    private var pendingSteps: Int { status.pendingSteps }
    private var nextDue: Instant? { status.nextDue }
    private var escalationsLastHour: Int { status.escalationsLastHour }
    private var outbox: DaemonStatus.Outbox { status.outbox }

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
        let outboxDepth: Int
        let outboxUnrouted: Int
        let outboxPending: Int
        let outboxFailed: Int
        let outboxDead: Int
        let oldestPendingCreatedAt: String?
        let oldestPendingAgeSeconds: Int64?
        let leaseEpoch: Int64?
        let standbys: [Standby]?

        /// A daemon waiting to take over.
        struct Standby: Encodable {
            let pid: Int32
            let host: String
            let heartbeatAt: String

            enum CodingKeys: String, CodingKey {
                case pid, host, heartbeatAt = "heartbeat_at"
            }
        }

        enum CodingKeys: String, CodingKey {
            case database, daemonActive = "daemon_active", daemonState = "daemon_state", daemonPid = "daemon_pid"
            case daemonHost = "daemon_host", heartbeatAt = "heartbeat_at", heartbeatAgeSeconds = "heartbeat_age_seconds"
            case openCases = "open_cases", pendingSteps = "pending_steps", nextDue = "next_due"
            case escalationsLastHour = "escalations_last_hour"
            case outboxDepth = "outbox_depth", outboxUnrouted = "outbox_unrouted", outboxPending = "outbox_pending"
            case outboxFailed = "outbox_failed", outboxDead = "outbox_dead", oldestPendingCreatedAt = "oldest_pending_created_at"
            case oldestPendingAgeSeconds = "oldest_pending_age_seconds", leaseEpoch = "lease_epoch", standbys
        }
    }

    var json: JSON {
        JSON(
            database: database, daemonActive: active, daemonState: active ? record?.state : (record == nil ? nil : "stopped"),
            daemonPid: record?.pid, daemonHost: record?.host, heartbeatAt: record.map { Self.format($0.heartbeatAt) },
            heartbeatAgeSeconds: record.map { now.secondsSinceEpoch - $0.heartbeatAt }, openCases: openCases,
            pendingSteps: pendingSteps, nextDue: nextDue.map { Self.format($0.secondsSinceEpoch) },
            escalationsLastHour: escalationsLastHour, outboxDepth: outbox.depth, outboxUnrouted: outbox.unrouted,
            outboxPending: outbox.pending, outboxFailed: outbox.failed, outboxDead: outbox.dead,
            oldestPendingCreatedAt: outbox.oldestPendingCreatedAt.map { Self.format($0.secondsSinceEpoch) },
            oldestPendingAgeSeconds: outbox.oldestPendingCreatedAt.map { max(0, now.seconds(since: $0)) },
            leaseEpoch: status.epoch,
            standbys: status.epoch == nil ? nil : status.standbys.map { JSON.Standby(pid: $0.pid, host: $0.host, heartbeatAt: Self.format($0.heartbeatAt)) }
        )
    }

    var lines: [String] {
        var lines = ["database: \(database)", "daemon: \(daemonLine)"]
        if let record {
            lines.append("heartbeat: \(Self.format(record.heartbeatAt)) (\(DurationText.describe(now.secondsSinceEpoch - record.heartbeatAt)) ago)")
        }
        if let epoch = status.epoch {
            lines.append("lease epoch: \(epoch)")
            let standbys = status.standbys.map { "pid \($0.pid) on \($0.host)" }
            lines.append("standbys: \(standbys.isEmpty ? "none" : standbys.joined(separator: ", "))")
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
        lines.append("outbox: \(outboxLine)")
        return lines
    }

    /// `3 waiting (1 notice to route, 1 pending, 1 failed), 0 dead; oldest pending 5 min old (since …)`.
    private var outboxLine: String {
        var line = "\(outbox.depth) waiting (\(outbox.unrouted) notice\(outbox.unrouted == 1 ? "" : "s") to route, "
            + "\(outbox.pending) pending, \(outbox.failed) failed), \(outbox.dead) dead"
        if let oldest = outbox.oldestPendingCreatedAt {
            line += "; oldest pending \(DurationText.describe(max(0, now.seconds(since: oldest)))) old (since \(Self.format(oldest.secondsSinceEpoch)))"
        }
        if outbox.dead > 0 { line += "; `casewatch deliveries list --status dead` shows the dead ones" }
        return line
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
