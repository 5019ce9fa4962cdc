import CaseWatchCore
import CaseWatchStore

/// Whether a daemon supervises a database, and what waits there: what `casewatch status` prints and
/// `GET /v1/status` answers, gathered once for both.
public struct DaemonStatus: Sendable, Equatable {
    /// The database's path.
    public let database: String
    /// When the status was read.
    public let now: Instant
    /// Whether a daemon holds the database's supervisor lock.
    public let active: Bool
    /// What the daemon (the running one, or the last one) said of itself at its last heartbeat.
    public let record: DaemonRecord?
    /// The supervising daemon's fencing epoch (PostgreSQL's lease), nil where seats have none.
    public var epoch: Int64?
    /// The daemons waiting as standbys (listed on PostgreSQL).
    public var standbys: [DaemonRecord] = []
    /// Open cases (every status but closed).
    public let openCases: Int
    /// Open cases with a next step stored.
    public let pendingSteps: Int
    /// The earliest stored next step's due instant.
    public let nextDue: Instant?
    /// Escalations detected in the hour before `now`.
    public let escalationsLastHour: Int
    /// What waits in the outbox.
    public let outbox: Outbox

    /// What waits in the outbox.
    public struct Outbox: Sendable, Equatable {
        /// Notices not yet routed to receivers.
        public let unrouted: Int
        /// Deliveries not yet attempted.
        public let pending: Int
        /// Deliveries waiting for a retry.
        public let failed: Int
        /// Deliveries given up.
        public let dead: Int
        /// When the oldest delivery still waiting was created.
        public let oldestPendingCreatedAt: Instant?

        /// An outbox summary of these figures.
        public init(unrouted: Int, pending: Int, failed: Int, dead: Int, oldestPendingCreatedAt: Instant?) {
            self.unrouted = unrouted
            self.pending = pending
            self.failed = failed
            self.dead = dead
            self.oldestPendingCreatedAt = oldestPendingCreatedAt
        }

        /// Deliveries waiting to be sent (pending and failed) and notices waiting to be routed.
        public var depth: Int { unrouted + pending + failed }
    }

    /// A status of these figures.
    public init(
        database: String, now: Instant, active: Bool, record: DaemonRecord?, openCases: Int, pendingSteps: Int, nextDue: Instant?,
        escalationsLastHour: Int, outbox: Outbox
    ) {
        self.database = database
        self.now = now
        self.active = active
        self.record = record
        self.openCases = openCases
        self.pendingSteps = pendingSteps
        self.nextDue = nextDue
        self.escalationsLastHour = escalationsLastHour
        self.outbox = outbox
    }

    /// Reads the status of `store` at `now`: who holds its supervisor seat (by default the SQLite file's
    /// lock) and its record, and the store's figures in one snapshot. Blocks (reads, a count over an
    /// index): run it off the cooperative pool.
    public static func read(_ store: any CaseStore, at now: Instant, seats: (any SupervisorSeats)? = nil) throws -> DaemonStatus {
        let seat = (seats ?? LockSeats(store: store)).inspect()
        let (held, record) = (seat.held, seat.record)
        let figures = try store.read { reader in
            (
                open: try reader.openCaseCount(), steps: try reader.pendingStepSummary(),
                lastHour: try reader.escalationCount(detectedSince: now.adding(seconds: -3_600)),
                outbox: try reader.outbox(at: now), unrouted: try reader.unroutedNoticeCount()
            )
        }
        var status = DaemonStatus(
            database: store.location, now: now, active: held, record: record, openCases: figures.open,
            pendingSteps: figures.steps.count, nextDue: figures.steps.earliest, escalationsLastHour: figures.lastHour,
            outbox: Outbox(
                unrouted: figures.unrouted, pending: figures.outbox.pending, failed: figures.outbox.failed,
                dead: figures.outbox.dead, oldestPendingCreatedAt: figures.outbox.oldestPendingCreatedAt
            )
        )
        status.epoch = seat.epoch
        status.standbys = seat.standbys
        return status
    }
}
