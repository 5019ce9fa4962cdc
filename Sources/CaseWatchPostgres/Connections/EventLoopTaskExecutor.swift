import NIOCore

/// A task executor that runs its jobs on one event loop, for driving postgres-nio's async-only API (COPY)
/// from a thread that blocks, without the cooperative pool: the callers that block on the answer may be
/// the pool's own threads (a test calling the store directly), and waiting there for a job the pool must
/// run would deadlock.
///
/// Only what never blocks runs on it: postgres-nio's calls, which suspend until the event loop answers.
final class EventLoopTaskExecutor: TaskExecutor {
    /// The loop the jobs run on.
    private let eventLoop: any EventLoop

    /// An executor on `eventLoop`.
    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    /// Runs `job` on the event loop.
    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute {
            job.runSynchronously(on: self.asUnownedTaskExecutor())
        }
    }
}
