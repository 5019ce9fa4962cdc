import CaseWatchCore
import CaseWatchStore
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the daemon does at each wake, without Dispatch: read the clock, follow the event log, fire what is
/// due, log it, publish a heartbeat, and say when to wake next. Synchronous and driven by a
/// ``SupervisorClock``, so that tests run it on a manual clock; ``SupervisionService`` drives it in real
/// time.
///
/// Escalation lines are written from the store, in commit order, after each wake, and their position is
/// kept in an ``EscalationLogMark``: an escalation committed just before a crash is logged by the next
/// daemon at its start (see the mark for the exact promise).
///
/// A failing store (locked by another process past the busy timeout, a full disk) never stops it: the
/// failure is logged, nothing half-written stays (each firing is one transaction), and the cycle retries
/// with a doubling wait up to ``SupervisionSettings/longestRetry``.
public struct SupervisionCycle {
    /// The supervisor.
    public private(set) var supervisor: Supervisor
    /// The clock.
    public let clock: any SupervisorClock
    /// The pacing.
    public let settings: SupervisionSettings
    /// Where lines go.
    public var logger: Logger
    /// Where the heartbeat goes (nil: nowhere).
    let seat: (any SupervisorSeat)?
    /// Where the escalation log's position is kept (nil: in memory only, from the last escalation at start).
    let mark: EscalationLogMark?
    /// Asked between the transactions of a catch-up: whether to stop there (graceful shutdown).
    public var isStopRequested: @Sendable () -> Bool = { false }
    /// Whether a ``DatabaseWatch`` wakes the daemon when the store is written: the log is then read at
    /// ``SupervisionSettings/watchedFollowInterval`` only, and the daemon wakes for the next sign-off and
    /// delivery falling due instead of finding them at the next periodic read.
    public var isWatched = false
    /// When the cycle was made, on its clock.
    let startedAt: Instant
    /// Whether the wheel is filled and the catch-up done.
    public private(set) var isRunning = false
    /// How many store operations in a row have failed.
    public private(set) var failures = 0
    private var retryAt: Int64?
    private var lastReading: Int64?
    private var lastHeartbeat: Int64?
    /// The row id of the last escalation logged (nil until the first wake reads it).
    private var loggedThrough: Int64?
    /// Whether escalations may have been committed since the log was last read (at start, after a firing,
    /// after a failure); an idle wake does not read it.
    private var logBehind = true

    /// A cycle for `supervisor` on `clock`, publishing its heartbeat through `seat` and keeping its
    /// escalation log's position in `mark`.
    public init(
        supervisor: Supervisor, clock: any SupervisorClock, settings: SupervisionSettings, logger: Logger,
        seat: (any SupervisorSeat)?, mark: EscalationLogMark? = nil
    ) {
        self.supervisor = supervisor
        self.clock = clock
        self.settings = settings
        self.logger = logger
        self.seat = seat
        self.mark = mark
        startedAt = clock.now
    }

    /// Whether the last wake saw work in the outbox (a notice to route, a delivery due): the daemon then
    /// wakes its deliveries, which keep no poll of their own.
    public var outboxNeedsAttention: Bool { supervisor.outboxNeedsAttention }

    /// One wake: at the first, fills the wheel and catches up (pausing if a stop is requested); then follows
    /// the log and fires what is due. Logs every escalation committed since the last one logged. Returns
    /// the escalations recorded.
    @discardableResult
    public mutating func wake() -> [Escalation] {
        let reading = clock.nanosecondsSinceEpoch()
        noticeClockSteps(reading)
        if let retryAt, reading < retryAt { return [] }
        let now = clock.now
        do {
            let escalations: [Escalation]
            if isRunning {
                let moved = try supervisor.followLog(outboxAt: now)
                if moved > 0 { logger.debug("followed the event log", metadata: ["cases": "\(moved)", "position": "\(supervisor.logPosition)"]) }
                escalations = try supervisor.advance(to: now, pausingWhen: isStopRequested)
            } else {
                escalations = try catchUp(at: now)
            }
            if !escalations.isEmpty { logBehind = true }
            try logCommittedEscalations()
            for passed in try supervisor.escalateExpiredSignoffs(at: now) { EscalationLog.passedUp(passed, logger: logger) }
            reportSkipped()
            if failures > 0 { logger.notice("store available again", metadata: ["after_failures": "\(failures)"]) }
            failures = 0
            retryAt = nil
            heartbeat(at: reading, force: !escalations.isEmpty)
            return escalations
        } catch {
            logBehind = true
            failures += 1
            let wait = retryWait()
            retryAt = reading + wait.nanoseconds
            logger.error("store operation failed; nothing was half-written, retrying", metadata: [
                "error": "\(error)", "attempt": "\(failures)", "retry_in": "\(wait)",
            ])
            heartbeat(at: reading, force: true)
            return []
        }
    }

    /// Fills the wheel and fires every step that fell due while no daemon ran.
    private mutating func catchUp(at now: Instant) throws -> [Escalation] {
        logger.info("filling the wheel and catching up", metadata: ["now": "\(InstantFormatter.format(now, offsetSeconds: 0))"])
        try readLogPosition()
        let escalations = try supervisor.start(at: now, pausingWhen: isStopRequested)
        if isStopRequested(), let due = supervisor.nextDue, due <= now {
            logger.notice("catch-up paused for shutdown; the next start resumes it", metadata: ["caught_up": "\(escalations.count)"])
            return escalations
        }
        isRunning = true
        // The earliest stored next step (the wheel's own next expiry may be an earlier internal check): one
        // index seek, not a count, so that the fill's memory stays handed back.
        let nextDue = try supervisor.store.read { try $0.earliestPendingStep() }
        // The heartbeat first: whoever reads "supervising" in the log finds the running record in place.
        heartbeat(at: clock.nanosecondsSinceEpoch(), force: true)
        logger.info("supervising", metadata: [
            "waiting": "\(supervisor.waiting)", "caught_up": "\(escalations.count)",
            "next_due": "\(nextDue.map { InstantFormatter.format($0, offsetSeconds: 0) } ?? "none")",
        ])
        return escalations
    }

    /// Where the escalation log stands: the mark's position, or the last escalation stored when there is
    /// no mark (a first start) or the mark is past it (a database made anew at the same path).
    private mutating func readLogPosition() throws {
        guard loggedThrough == nil else { return }
        let latest = try supervisor.store.read { try $0.latestEscalationID() }
        let marked = mark?.read()
        if let marked, marked <= latest {
            loggedThrough = marked
        } else {
            loggedThrough = latest
            mark?.write(latest)
        }
    }

    /// Logs every escalation committed after the last one logged, in commit order, a page at a time,
    /// moving the mark past each page once its lines are written (unbuffered, to standard output).
    private mutating func logCommittedEscalations() throws {
        guard logBehind, let start = loggedThrough else { return }
        var position = start
        while true {
            let page = try supervisor.store.read { try $0.escalations(afterID: position, limit: Self.logPage) }
            for stored in page { EscalationLog.recorded(stored.escalation, logger: logger) }
            guard let last = page.last else { break }
            position = last.id
            loggedThrough = position
            mark?.write(position)
            if page.count < Self.logPage { break }
        }
        logBehind = false
    }

    /// How many escalations one read of the log takes.
    private static let logPage = 1_000

    /// Replaces the policies with what `load` reads; a failure is logged and the old ones kept.
    public mutating func reload(_ load: () throws -> any PolicyCatalog) {
        let loaded: any PolicyCatalog
        do {
            loaded = try load()
        } catch {
            logger.error("reload refused; the policies in force are kept", metadata: ["errors": "\(error)"])
            return
        }
        do {
            let clock = clock
            let outcome = try supervisor.reload(loaded, at: clock.now) { supervisor in
                // What fell due while a chunk was recomputed fires now, not after the whole reload.
                _ = try supervisor.advance(to: clock.now)
            }
            logBehind = true
            logger.notice("policies reloaded", metadata: [
                "changed_calendars": "\(outcome.changedCalendars.joined(separator: ","))",
                "recomputed_cases": "\(outcome.recomputedCases)",
            ])
        } catch {
            logBehind = true
            logger.error(
                "reload failed in the store; the policies in force are kept (cases already recomputed keep their new deadlines: send SIGHUP again to finish)",
                metadata: ["error": "\(error)"]
            )
        }
    }

    /// Says that the store was written since the last wake (the watch fired): a sign-off another process
    /// submitted or resubmitted may now expire before the one the last check saw, so the next wake checks.
    public mutating func storeWritten() {
        supervisor.nextSignoffCheck = nil
    }

    /// How long to wait, in real time, before the next wake: until the next due step (on the tick grid),
    /// the next read of the log, or the next retry, whichever comes first; when watched, also the next
    /// sign-off to pass up and the next delivery to attempt.
    public func nextWait() -> Duration {
        let now = clock.nanosecondsSinceEpoch()
        var wakeAt = now + (isWatched ? settings.watchedFollowInterval : settings.followInterval).nanoseconds
        if let retryAt { wakeAt = min(wakeAt, retryAt) }
        if isWatched, failures == 0 {
            // A sign-off expires once its due second has passed; a delivery is due at its instant. Instants
            // already passed were handled by this wake (or are in flight, and their outcome wakes the watch).
            let instants = [supervisor.earliestSignoffDue?.adding(seconds: 1), supervisor.earliestDeliveryAttempt]
            for instant in instants.compactMap({ $0 }) where instant.secondsSinceEpoch * 1_000_000_000 > now {
                wakeAt = min(wakeAt, instant.secondsSinceEpoch * 1_000_000_000)
            }
        }
        if failures == 0, let due = supervisor.nextDue {
            let tick = max(1, settings.tick.nanoseconds)
            let dueNanoseconds = due.secondsSinceEpoch * 1_000_000_000
            let onGrid = (dueNanoseconds + tick - 1) / tick * tick
            wakeAt = min(wakeAt, onGrid)
        }
        return clock.realWait(forClockNanoseconds: max(0, wakeAt - now))
    }

    /// Publishes the final record.
    public func stop() {
        publish(state: "stopped", at: clock.nanosecondsSinceEpoch())
        logger.info("stopped", metadata: ["waiting": "\(supervisor.waiting)"])
    }

    private func retryWait() -> Duration {
        let first = settings.firstRetry.nanoseconds
        let doubled = first << Int64(min(failures - 1, 20))
        return .nanoseconds(min(settings.longestRetry.nanoseconds, doubled))
    }

    private mutating func noticeClockSteps(_ reading: Int64) {
        defer { lastReading = reading }
        guard let last = lastReading else { return }
        if reading < last - 1_000_000_000 {
            logger.warning("the clock stepped backwards; nothing fires before its due instant", metadata: ["by_s": "\((last - reading) / 1_000_000_000)"])
        }
    }

    private mutating func reportSkipped() {
        for (caseID, reason) in supervisor.skipped.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            logger.error("a due step cannot be judged; keep the policy file of that version in the policies directory", metadata: [
                "case": "\(caseID)", "reason": "\(reason)",
            ])
        }
        supervisor.skipped.removeAll()
    }

    private mutating func heartbeat(at reading: Int64, force: Bool) {
        guard force || lastHeartbeat.map({ reading - $0 >= settings.heartbeatInterval.nanoseconds }) ?? true else { return }
        lastHeartbeat = reading
        publish(state: failures > 0 ? "retrying" : (isRunning ? "running" : "starting"), at: reading)
    }

    private func publish(state: String, at reading: Int64) {
        guard let seat else { return }
        seat.publish(DaemonRecord(
            pid: getpid(), host: DaemonRecord.hostName, state: state, startedAt: startedAt.secondsSinceEpoch,
            heartbeatAt: reading / 1_000_000_000, waiting: supervisor.waiting,
            nextDue: supervisor.nextDue?.secondsSinceEpoch, logPosition: supervisor.logPosition
        ))
    }
}
