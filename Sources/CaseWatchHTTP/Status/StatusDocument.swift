import CaseWatchCore
import CaseWatchEngine

/// The body of `GET /v1/status`: the engine's ``DaemonStatus`` as JSON, snake_case keys, instants as RFC 3339
/// text in the policies' display zone; what `casewatch status --json` shows, plus whether this daemon's
/// wheel is filled and the versions a client may need (not the database's path: that stays on the host).
struct StatusDocument: Encodable {
    let now: String
    let daemon: Daemon
    let openCases: Int
    let pendingSteps: Int
    let nextDue: String?
    let escalationsLastHour: Int
    let outbox: Outbox
    let version: Version

    /// The daemon holding the database's lock, as its last heartbeat describes it.
    struct Daemon: Encodable {
        let active: Bool
        let state: String?
        let wheelFilled: Bool
        let pid: Int32?
        let host: String?
        let startedAt: String?
        let heartbeatAt: String?
        let heartbeatAgeSeconds: Int64?
        let waiting: Int?
        let nextDue: String?
        let logPosition: Int64?

        enum CodingKeys: String, CodingKey {
            case active, state, wheelFilled = "wheel_filled", pid, host, startedAt = "started_at", heartbeatAt = "heartbeat_at"
            case heartbeatAgeSeconds = "heartbeat_age_seconds", waiting, nextDue = "next_due", logPosition = "log_position"
        }
    }

    /// What waits in the outbox.
    struct Outbox: Encodable {
        let depth: Int
        let unrouted: Int
        let pending: Int
        let failed: Int
        let dead: Int
        let oldestPendingCreatedAt: String?
        let oldestPendingAgeSeconds: Int64?

        enum CodingKeys: String, CodingKey {
            case depth, unrouted, pending, failed, dead, oldestPendingCreatedAt = "oldest_pending_created_at"
            case oldestPendingAgeSeconds = "oldest_pending_age_seconds"
        }
    }

    /// The versions of what answers.
    struct Version: Encodable {
        let api: String
        let schema: String
    }

    enum CodingKeys: String, CodingKey {
        case now, daemon, openCases = "open_cases", pendingSteps = "pending_steps", nextDue = "next_due"
        case escalationsLastHour = "escalations_last_hour", outbox, version
    }

    /// The document of `status`, instants shown in `zone`.
    init(_ status: DaemonStatus, wheelFilled: Bool, schema: String, zone: ZoneRules) {
        let text = { (instant: Instant) in InstantFormatter.format(instant, in: zone) }
        let seconds = { (value: Int64) in text(Instant(secondsSinceEpoch: value)) }
        let record = status.record
        now = text(status.now)
        daemon = Daemon(
            active: status.active, state: status.active ? record?.state : (record == nil ? nil : "stopped"), wheelFilled: wheelFilled,
            pid: record?.pid, host: record?.host, startedAt: record.map { seconds($0.startedAt) },
            heartbeatAt: record.map { seconds($0.heartbeatAt) }, heartbeatAgeSeconds: record.map { max(0, status.now.secondsSinceEpoch - $0.heartbeatAt) },
            waiting: record?.waiting, nextDue: record?.nextDue.map(seconds), logPosition: record?.logPosition
        )
        openCases = status.openCases
        pendingSteps = status.pendingSteps
        nextDue = status.nextDue.map(text)
        escalationsLastHour = status.escalationsLastHour
        let box = status.outbox
        outbox = Outbox(
            depth: box.depth, unrouted: box.unrouted, pending: box.pending, failed: box.failed, dead: box.dead,
            oldestPendingCreatedAt: box.oldestPendingCreatedAt.map(text),
            oldestPendingAgeSeconds: box.oldestPendingCreatedAt.map { max(0, status.now.seconds(since: $0)) }
        )
        version = Version(api: "v1", schema: schema)
    }
}
