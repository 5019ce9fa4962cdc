import CaseWatchCore
import CaseWatchStore
import Dispatch
import Foundation
import Logging
import ServiceLifecycle

/// The supervision daemon as a swift-service-lifecycle `Service`: takes the database's supervisor lock
/// (or waits for it as a standby), then runs a ``SupervisionCycle`` on its own serial queue at every wake
/// of a `DispatchSourceTimer` until graceful shutdown. SIGHUP reloads the policies.
///
/// Graceful shutdown (SIGTERM, SIGINT through the service group) lets the transaction in flight finish
/// (a catch-up stops after its current chunk), publishes a last heartbeat and returns. The wheel never ticks through empty time: the
/// alarm is set for the next due step on the tick grid, or the next read of the log, whichever is first.
/// A ``DatabaseWatch`` on the database's files wakes it when any process writes to the store, so the
/// periodic read of the log is only a safety net (without inotify, the log is read every 900 ms).
public struct SupervisionService: Service {
    /// The store to supervise.
    public let store: any CaseStore
    /// The policies in force at start.
    public let catalog: any PolicyCatalog
    /// The clock.
    public let clock: any SupervisorClock
    /// The pacing.
    public let settings: SupervisionSettings
    /// Whether to wait for another daemon's lock instead of refusing to start.
    public let standby: Bool
    /// Reads the policies and calendars again (on SIGHUP); throws their problems.
    public let reload: @Sendable () throws -> any PolicyCatalog
    /// Where lines go.
    public let logger: Logger
    /// Called after a wake that committed escalations (given, in the order fired; sign-offs passed up are
    /// not among them), or that saw work waiting in the outbox (a notice another process wrote, a delivery
    /// falling due; then perhaps with none): the deliveries go out now, the HTTP service's streams read on.
    public let fired: @Sendable (_ escalations: [Escalation]) -> Void
    /// Called once this daemon holds the lock (a standby: once it takes over), before the first wake, with the
    /// seat's store (on PostgreSQL, fenced by the lease's epoch): what only the supervising daemon may do
    /// (sending deliveries) starts then, writing through that store.
    public let supervising: @Sendable (_ seatStore: any CaseStore) -> Void
    /// How others in the process wake this service (events just appended) and see whether its wheel is filled.
    public let link: SupervisionLink
    /// Where the daemon takes its seat as the one supervisor (the SQLite file's lock, a PostgreSQL lease).
    public let seats: any SupervisorSeats

    /// A daemon for `store`.
    public init(
        store: any CaseStore, catalog: any PolicyCatalog, clock: any SupervisorClock = SystemClock(),
        settings: SupervisionSettings = SupervisionSettings(), standby: Bool = false,
        reload: @escaping @Sendable () throws -> any PolicyCatalog, logger: Logger, fired: @escaping @Sendable (_ escalations: [Escalation]) -> Void = { _ in },
        supervising: @escaping @Sendable (_ seatStore: any CaseStore) -> Void = { _ in }, link: SupervisionLink = SupervisionLink(),
        seats: (any SupervisorSeats)? = nil
    ) {
        self.link = link
        self.seats = seats ?? LockSeats(store: store)
        self.fired = fired
        self.supervising = supervising
        self.store = store
        self.catalog = catalog
        self.clock = clock
        self.settings = settings
        self.standby = standby
        self.reload = reload
        self.logger = logger
    }

    private enum Wake: Sendable { case alarm, follow, reload, stop }

    /// Runs until graceful shutdown or cancellation; throws ``SupervisorLock/Refusal`` when another daemon
    /// holds the lock and this one is no standby, or a file beside the database cannot be used.
    ///
    /// The SIGHUP trap is installed before the first wake (a SIGHUP at any moment after `started` reloads,
    /// never kills). The cycle runs on its own serial queue (``CycleRunner``), never on a cooperative
    /// thread. A graceful shutdown is seen between the transactions of a catch-up; a reload first fires
    /// what is due, and what fell due during it fires as soon as it ends.
    public func run() async throws {
        guard let seat = try await takeSeat() else { return }
        defer { seat.release() }
        supervising(seat.store)
        let mark = try seats.escalationLogMark()
        let (wakes, continuation) = AsyncStream.makeStream(of: Wake.self, bufferingPolicy: .bufferingNewest(8))
        let events = DispatchQueue(label: "casewatchd.events")
        let hangups = HangupTrap.install(queue: events) { continuation.yield(.reload) }
        defer { hangups?.remove() }
        if hangups == nil { logger.error("cannot make the SIGHUP pipe; SIGHUP is ignored (restart the daemon to reload)") }
        let alarm = WakeAlarm(queue: events) { continuation.yield(.alarm) }
        defer { alarm.cancel() }
        link.connect { continuation.yield(.follow) }
        defer {
            link.connect {}
            link.setWheelFilled(false)
        }
        let stop = StopRequest()
        var cycle = SupervisionCycle(
            supervisor: Supervisor(store: seat.store, catalog: catalog), clock: clock, settings: settings, logger: logger, seat: seat,
            mark: mark
        )
        cycle.isStopRequested = { stop.isRequested || seat.isLost }
        let watch = await BlockingWork.run("casewatchd.watch") { [seats, link] in seats.watch(queue: events) { link.followNow() } }
        defer { watch?.cancel() }
        cycle.isWatched = watch != nil
        if watch == nil {
            logger.notice("cannot watch the store's writes (inotify on a file, LISTEN on PostgreSQL); reading the event log periodically instead", metadata: [
                "every": "\(settings.followInterval)",
            ])
        }
        let runner = CycleRunner(cycle, label: "casewatchd.cycle")
        let reload = reload
        logger.info("started", metadata: ["database": "\(store.location)", "tick": "\(settings.tick)"])
        // Graceful shutdown or cancellation: the catch-up stops after its current transaction, the loop ends.
        let halt: @Sendable () -> Void = {
            stop.request()
            continuation.yield(.stop)
        }
        await withTaskCancellationHandler {
            await withGracefulShutdownHandler(operation: {
                let (first, firedFirst, escalationsFirst) = await runner.run { cycle in
                    let escalations = cycle.wake()
                    return (cycle.nextWait(), !escalations.isEmpty || cycle.outboxNeedsAttention, escalations)
                }
                if firedFirst { fired(escalationsFirst) }
                link.setWheelFilled(await runner.run { $0.isRunning })
                alarm.arm(after: first)
                for await wake in wakes {
                    if seat.isLost { return }
                    link.wakeBegins()
                    let wait: Duration
                    let firedNow: Bool
                    let escalations: [Escalation]
                    switch wake {
                    case .stop: return
                    case .reload:
                        (wait, firedNow, escalations) = await runner.run { cycle in
                            let before = cycle.wake()
                            cycle.reload(reload)
                            let fired = before + cycle.wake()
                            return (cycle.nextWait(), !fired.isEmpty || cycle.outboxNeedsAttention, fired)
                        }
                    case .alarm, .follow:
                        let written = wake == .follow
                        (wait, firedNow, escalations) = await runner.run { cycle in
                            if written { cycle.storeWritten() }
                            let fired = cycle.wake()
                            return (cycle.nextWait(), !fired.isEmpty || cycle.outboxNeedsAttention, fired)
                        }
                    }
                    if firedNow { fired(escalations) }
                    if !link.isWheelFilled { link.setWheelFilled(await runner.run { $0.isRunning }) }
                    alarm.arm(after: wait)
                }
            }, onGracefulShutdown: halt)
        } onCancel: {
            halt()
        }
        await runner.run { cycle in cycle.stop() }
        if let reason = seat.lossReason { throw SupervisionError.seatLost(reason) }
    }

    /// The seat, or nil when shutdown came while waiting as a standby. Taking it and publishing this standby
    /// are database round trips (and a lock file on SQLite): they run off the cooperative pool.
    private func takeSeat() async throws -> (any SupervisorSeat)? {
        var announced = false
        let startedAt = clock.now.secondsSinceEpoch
        let seats = seats
        while true {
            let taken = try await BlockingWork.run("casewatchd.seat") { () throws -> SeatAttempt in
                if let seat = try seats.take() { return .taken(seat) }
                return .held(seats.heldRefusal())
            }
            let refusal: any Error
            switch taken {
            case let .taken(seat): return seat
            case let .held(held): refusal = held
            }
            guard standby else { throw refusal }
            if !announced {
                logger.notice("standby: another daemon supervises this database; taking over when it ends", metadata: [
                    "detail": "\(refusal)",
                ])
                announced = true
            }
            let record = DaemonRecord(
                pid: ProcessInfo.processInfo.processIdentifier, host: DaemonRecord.hostName, state: "standby", startedAt: startedAt,
                heartbeatAt: clock.now.secondsSinceEpoch, waiting: 0, nextDue: nil, logPosition: 0
            )
            await BlockingWork.run("casewatchd.seat") { seats.publishStandby(record) }
            do {
                try await Task.sleep(for: settings.standbyPoll)
            } catch {
                return nil
            }
            if Task.isCancelled || Task.isShuttingDownGracefully { return nil }
        }
    }
}

/// One attempt at the supervision seat: taken, or held by another daemon (with the refusal that says so).
private enum SeatAttempt: Sendable {
    case taken(any SupervisorSeat)
    case held(any Error & Sendable)
}
