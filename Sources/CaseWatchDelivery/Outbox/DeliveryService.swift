import CaseWatchCore
import CaseWatchStore
import Logging
import ServiceLifecycle
import Synchronization

/// The daemon's deliveries: routes the outbox's new notices into deliveries and sends them, as a
/// ServiceLifecycle service beside the supervision.
///
/// Woken by ``noticesWritten()`` right after a commit that wrote notices (so an escalation reaches its
/// receivers within milliseconds), and every poll interval for notices written by other processes (leaders'
/// decisions), retries and group waits. Graceful shutdown stops it between attempts; attempts in flight are
/// resent with the same key at the next start.
public final class DeliveryService: Service, Sendable {
    private let store: any CaseStore
    private let queue: StoreDeliveryQueue
    private let dispatcher: DeliveryDispatcher
    private let state: CurrentRouting
    private let now: @Sendable () -> Instant
    private let logger: Logger
    private let pollInterval: Duration
    private let signals: AsyncStream<Void>
    private let signal: AsyncStream<Void>.Continuation
    private let activation: AsyncStream<Void>
    private let activated: AsyncStream<Void>.Continuation

    /// The daemon's limits: 8 attempts in flight per receiver and 64 in all, so that a surge drains at thousands
    /// of deliveries a second (BENCHMARKS.md, `delivery-bench`) while one receiver never takes every lane; and
    /// a poll only every 30 s, as a safety net: the daemon's follow read, which runs anyway, wakes the
    /// deliveries when the outbox has work (``noticesWritten()``), so an idle daemon makes no extra wake.
    public static let daemonLimits = DispatchLimits(perReceiver: 8, overall: 64, pollInterval: .seconds(30))

    /// Creates the service over `store`, routing by `routing.routing` and sending through `http`; `now` is the
    /// daemon's clock.
    public init(
        store: any CaseStore, routing: DeliveryRouting, http: DeliveryHTTPClient, limits: DispatchLimits = DeliveryService.daemonLimits,
        schedule: RetrySchedule = RetrySchedule(), logger: Logger, now: @escaping @Sendable () -> Instant
    ) {
        self.store = store
        self.now = now
        self.logger = logger
        self.pollInterval = limits.pollInterval
        let state = CurrentRouting(routing)
        self.state = state
        queue = StoreDeliveryQueue(store: store, routing: routing.routing)
        dispatcher = DeliveryDispatcher(queue: queue, schedule: schedule, limits: limits, logger: logger, now: now) { job, at in
            let sender = ChannelSender(http: http, renderer: state.value.renderer)
            return await sender.send(job, now: at)
        }
        (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        (activation, activated) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Lets ``run()`` start sending: the daemon calls it once it holds the supervision lock, so a standby
    /// never sends.
    public func activate() { activated.yield() }

    /// Says that a commit wrote notices, or that the outbox has work (the daemon's follow read saw a notice
    /// another process wrote, or a delivery falling due): notices are routed and due deliveries sent now.
    public func noticesWritten() {
        signal.yield()
        dispatcher.wake()
    }

    /// Routes and sends by `routing` from now on (after a reload); deliveries already made keep their receivers.
    public func update(_ routing: DeliveryRouting) {
        state.value = routing
        queue.update(routing.routing)
        signal.yield()
    }

    /// Waits for ``activate()``, then routes and sends until graceful shutdown or cancellation.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            var activations = self.activation.makeAsyncIterator()
            guard await activations.next() != nil, !Task.isCancelled else { return }
            await withDiscardingTaskGroup { group in
                group.addTask { await self.dispatcher.run() }
                group.addTask { await self.routeUntilCancelled() }
            }
        }
    }

    /// Routes new notices whenever woken or a poll interval has passed.
    private func routeUntilCancelled() async {
        let (signal, interval) = (signal, pollInterval)
        await withDiscardingTaskGroup { group in
            group.addTask { await PollTicker.run(every: interval, signal: signal) }
            var wakes = signals.makeAsyncIterator()
            repeat {
                await routeAll()
            } while await wakes.next() != nil && !Task.isCancelled
            group.cancelAll()
        }
    }

    /// Routes pages of notices until none is left, waking the dispatcher when deliveries were made.
    private func routeAll() async {
        let current = state.value
        let router = NoticeRouter(routing: current.routing, calendar: current.calendar)
        let (store, now) = (store, now)
        do {
            while !Task.isCancelled {
                let routed = try await BlockingWork.run("casewatchd.deliveries.route") { () throws -> (notices: Int, deliveries: Int) in
                    // A read first: an idle outbox costs no write transaction.
                    guard try store.read({ try $0.hasUnroutedNotices() }) else { return (0, 0) }
                    return try store.write { try router.routePage($0, now: now()) }
                }
                if routed.deliveries > 0 { dispatcher.wake() }
                if routed.notices > 0 {
                    logger.debug("notices routed", metadata: ["notices": "\(routed.notices)", "deliveries": "\(routed.deliveries)"])
                }
                guard routed.notices > 0 else { return }
            }
        } catch {
            logger.error("routing notices failed; retrying at the next poll", metadata: ["error": "\(error)"])
        }
    }
}

/// The routing in force, replaced whole on a reload while attempts and routing read it.
private final class CurrentRouting: Sendable {
    private let mutex: Mutex<DeliveryRouting>

    init(_ routing: DeliveryRouting) { mutex = Mutex(routing) }

    var value: DeliveryRouting {
        get { mutex.withLock { $0 } }
        set { mutex.withLock { $0 = newValue } }
    }
}
