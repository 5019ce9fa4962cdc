import CaseWatchCore
import Logging
import ServiceLifecycle
import Synchronization

/// Sends due deliveries: reads the queue, gives each receiver its own lane (a bounded number of attempts in
/// flight per receiver and in all, so one slow or dead receiver never delays the others), decides each
/// failure's retry or death, and records every attempt through the queue.
///
/// ``run()`` reads the queue when woken (``wake()``, right after a commit that made deliveries), when an attempt
/// ends, and every poll interval (for retries and group waits falling due). It is a ServiceLifecycle
/// `Service`: a graceful shutdown, like cancelling the task running it, stops it: no new attempt starts,
/// attempts in flight are cancelled and, unless they had already succeeded, left unrecorded, so they are due
/// again at the next start and resent with the same idempotency key. An attempt the queue fails to record is
/// held back for a while (``DispatchLimits/unrecordedHoldSeconds``), then sent again with the same key.
public final class DeliveryDispatcher: Service, Sendable {
    /// Sends one job at an instant (a ``ChannelSender`` in the daemon).
    public typealias Send = @Sendable (DeliveryJob, Instant) async -> SendResult

    private let queue: any DeliveryQueue
    private let send: Send
    private let schedule: RetrySchedule
    private let now: @Sendable () -> Instant
    private let limits: DispatchLimits
    private let logger: Logger
    private let signals: AsyncStream<Void>
    private let signal: AsyncStream<Void>.Continuation
    private let lanes = Mutex(LaneBook())

    /// Creates a dispatcher over `queue`, sending with `sender`; `now` reads the clock the queue's instants use.
    public convenience init(
        queue: any DeliveryQueue, sender: ChannelSender, schedule: RetrySchedule = RetrySchedule(),
        limits: DispatchLimits = DispatchLimits(), logger: Logger, now: @escaping @Sendable () -> Instant
    ) {
        self.init(queue: queue, schedule: schedule, limits: limits, logger: logger, now: now) { job, instant in
            await sender.send(job, now: instant)
        }
    }

    /// Creates a dispatcher over `queue`, sending with `send`.
    public init(
        queue: any DeliveryQueue, schedule: RetrySchedule = RetrySchedule(), limits: DispatchLimits = DispatchLimits(),
        logger: Logger, now: @escaping @Sendable () -> Instant, send: @escaping Send
    ) {
        self.queue = queue
        self.send = send
        self.schedule = schedule
        self.now = now
        self.limits = limits
        self.logger = logger
        (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks the dispatcher to read the queue now (after a commit that made deliveries due).
    public func wake() { signal.yield() }

    /// How many attempts are in flight now.
    public var inFlight: Int { lanes.withLock { $0.total } }

    /// Dispatches until the calling task is cancelled or the service group shuts down gracefully. Call it once.
    public func run() async {
        logger.info("delivery dispatcher started")
        await cancelWhenGracefulShutdown { await self.dispatch() }
        logger.info("delivery dispatcher stopped")
    }

    private func dispatch() async {
        await withDiscardingTaskGroup { group in
            let signal = self.signal
            let interval = limits.pollInterval
            group.addTask { await PollTicker.run(every: interval, signal: signal) }
            var wakes = signals.makeAsyncIterator()
            repeat {
                for job in await admitDueJobs() {
                    group.addTask { await self.attempt(job) }
                }
            } while await wakes.next() != nil && !Task.isCancelled
            group.cancelAll()
        }
    }

    /// Reads the queue for as many due jobs as the lanes have room for and takes them into their lanes.
    private func admitDueJobs() async -> [DeliveryJob] {
        var admitted: [DeliveryJob] = []
        while true {
            let at = now()
            let (exclusion, room) = lanes.withLock { ($0.exclusion(limits, now: at), limits.overall - $0.total) }
            guard room > 0 else { return admitted }
            let jobs: [DeliveryJob]
            do {
                jobs = try await queue.due(at: at, limit: room, excluding: exclusion)
            } catch {
                logger.error("delivery queue unreadable", metadata: ["error": "\(error)"])
                return admitted
            }
            let taken = jobs.filter { job in lanes.withLock { $0.admit(job, limits) } }
            admitted += taken
            // Ask again only when a lane filled up part way and left room the page could not use.
            guard !taken.isEmpty, taken.count < jobs.count else { return admitted }
        }
    }

    /// Makes one attempt at `job`, decides what follows and records it.
    private func attempt(_ job: DeliveryJob) async {
        defer {
            lanes.withLock { $0.release(job) }
            signal.yield()
        }
        let started = ContinuousClock.now
        let result = await send(job, now())
        let elapsed = ContinuousClock.now - started
        let latency = elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        if case .failed = result, Task.isCancelled { return }
        let at = now()
        let attempt: AttemptResult
        switch result {
        case let .sent(status):
            attempt = AttemptResult(latencyMilliseconds: latency, httpStatus: status, error: nil, outcome: .sent)
        case let .failed(status, error, retryAfter):
            let outcome = schedule.outcome(for: job, httpStatus: status, error: error, retryAfter: retryAfter, now: at)
            attempt = AttemptResult(latencyMilliseconds: latency, httpStatus: status, error: error, outcome: outcome)
        }
        log(job, attempt)
        do {
            try await queue.record(job, attempt, at: at)
        } catch {
            let until = at.adding(seconds: limits.unrecordedHoldSeconds)
            lanes.withLock { $0.hold(job.idempotencyKey, until: until) }
            logger.error(
                "delivery attempt unrecorded",
                metadata: ["receiver": "\(job.receiver.name)", "error": "\(error)", "held_until": "\(until)"])
        }
    }

    private func log(_ job: DeliveryJob, _ attempt: AttemptResult) {
        var metadata: Logger.Metadata = [
            "receiver": "\(job.receiver.name)", "delivery": "\(job.idempotencyKey)",
            "latency_ms": "\(attempt.latencyMilliseconds)",
        ]
        if let status = attempt.httpStatus { metadata["http_status"] = "\(status)" }
        if let error = attempt.error { metadata["error"] = "\(error)" }
        switch attempt.outcome {
        case .sent:
            logger.info("delivery sent", metadata: metadata)
        case let .failed(retryAt):
            metadata["retry_at"] = "\(retryAt)"
            logger.warning("delivery failed", metadata: metadata)
        case let .dead(reason):
            metadata["reason"] = "\(reason)"
            logger.error("delivery dead", metadata: metadata)
        }
    }
}
