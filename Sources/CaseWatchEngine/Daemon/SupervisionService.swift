import CaseWatchCore
import CaseWatchStore
import Dispatch
import Logging
import ServiceLifecycle
import UnixSignals

/// The supervision daemon as a swift-service-lifecycle `Service`: takes the database's supervisor lock
/// (or waits for it as a standby), then runs a ``SupervisionCycle`` at every wake of a
/// `DispatchSourceTimer` until graceful shutdown. SIGHUP reloads the policies.
///
/// Graceful shutdown (SIGTERM, SIGINT through the service group) lets the wake in flight finish its
/// transaction, publishes a last heartbeat and returns. The wheel never ticks through empty time: the
/// alarm is set for the next due step on the tick grid, or the next read of the log, whichever is first.
public struct SupervisionService: Service {
    /// The store to supervise.
    public let store: CaseStore
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

    /// A daemon for `store`.
    public init(
        store: CaseStore, catalog: any PolicyCatalog, clock: any SupervisorClock = SystemClock(),
        settings: SupervisionSettings = SupervisionSettings(), standby: Bool = false,
        reload: @escaping @Sendable () throws -> any PolicyCatalog, logger: Logger
    ) {
        self.store = store
        self.catalog = catalog
        self.clock = clock
        self.settings = settings
        self.standby = standby
        self.reload = reload
        self.logger = logger
    }

    private enum Wake: Sendable { case alarm, reload, stop }

    /// Runs until graceful shutdown or cancellation; throws ``SupervisorLock/Refusal`` when another daemon
    /// holds the lock and this one is no standby.
    public func run() async throws {
        guard let lock = try await acquireLock() else { return }
        let (wakes, continuation) = AsyncStream.makeStream(of: Wake.self, bufferingPolicy: .bufferingNewest(8))
        let alarm = WakeAlarm(queue: DispatchQueue(label: "casewatchd.alarm")) { continuation.yield(.alarm) }
        defer { alarm.cancel() }
        let hangups = Task {
            for await _ in await UnixSignalsSequence(trapping: .sighup) { continuation.yield(.reload) }
        }
        defer { hangups.cancel() }
        var cycle = SupervisionCycle(
            supervisor: Supervisor(store: store, catalog: catalog), clock: clock, settings: settings, logger: logger, lock: lock
        )
        logger.info("started", metadata: ["database": "\(store.path)", "tick": "\(settings.tick)"])
        await withGracefulShutdownHandler {
            cycle.wake()
            alarm.arm(after: cycle.nextWait())
            for await wake in wakes {
                switch wake {
                case .stop: return
                case .reload: cycle.reload(reload)
                case .alarm: break
                }
                cycle.wake()
                alarm.arm(after: cycle.nextWait())
            }
        } onGracefulShutdown: {
            continuation.yield(.stop)
        }
        cycle.stop()
    }

    /// The lock, or nil when shutdown came while waiting as a standby.
    private func acquireLock() async throws -> SupervisorLock? {
        var announced = false
        while true {
            do {
                return try SupervisorLock.acquire(forDatabase: store.path)
            } catch let refusal {
                guard standby, case .held = refusal else { throw refusal }
                if !announced {
                    logger.notice("standby: another daemon supervises this database; taking over when it ends", metadata: ["detail": "\(refusal)"])
                    announced = true
                }
                do {
                    try await Task.sleep(for: .seconds(1))
                } catch {
                    return nil
                }
                if Task.isCancelled || Task.isShuttingDownGracefully { return nil }
            }
        }
    }
}
