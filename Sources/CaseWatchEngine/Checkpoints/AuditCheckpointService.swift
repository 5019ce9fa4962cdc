import CaseWatchCore
import Dispatch
import Logging
import ServiceLifecycle

/// The daemon's periodic audit checkpoints as a swift-service-lifecycle `Service` beside the supervision:
/// runs an ``AuditCheckpointer`` at start, then whenever the next checkpoint falls due, until graceful
/// shutdown. The store transaction and the file write run on a queue of their own, off Swift's
/// cooperative threads.
public struct AuditCheckpointService: Service {
    /// What writes the checkpoints.
    public let checkpointer: AuditCheckpointer
    /// The clock the checkpoints' times come from.
    public let clock: any SupervisorClock
    /// Where lines go.
    public let logger: Logger

    /// A service running `checkpointer` on `clock`.
    public init(checkpointer: AuditCheckpointer, clock: any SupervisorClock, logger: Logger) {
        self.checkpointer = checkpointer
        self.clock = clock
        self.logger = logger
    }

    /// Writes checkpoints until graceful shutdown or cancellation.
    public func run() async throws {
        let queue = DispatchQueue(label: "casewatchd.audit-checkpoint")
        var checkpointer = checkpointer
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            checkpointer = await Self.step(checkpointer, at: clock.now, on: queue, logger: logger)
            let now = clock.now
            let wait = (checkpointer.nextDue ?? now).seconds(since: now)
            do {
                let duration = clock.realWait(forClockNanoseconds: max(0, wait) * 1_000_000_000)
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: duration) }
            } catch {
                return
            }
        }
    }

    /// Runs `checkpointer` once at `now` on `queue` and logs what it did.
    private static func step(_ checkpointer: AuditCheckpointer, at now: Instant, on queue: DispatchQueue, logger: Logger) async -> AuditCheckpointer {
        await withCheckedContinuation { continuation in
            queue.async {
                var checkpointer = checkpointer
                do {
                    if let path = try checkpointer.writeIfDue(at: now) {
                        logger.info("audit checkpoint written", metadata: ["path": "\(path)"])
                    }
                } catch {
                    logger.error("audit checkpoint failed; retrying", metadata: ["error": "\(error)", "retry_at": "\(checkpointer.nextDue.map { "\($0)" } ?? "")"])
                }
                continuation.resume(returning: checkpointer)
            }
        }
    }
}
