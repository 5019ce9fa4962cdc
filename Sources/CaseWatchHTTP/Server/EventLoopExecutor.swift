import CaseWatchStore
import NIOCore
import NIOPosix

/// A task executor running each job on the event loop it was enqueued from (a connection's, when its data
/// resumes a handler), else on the next loop of `group`: a request is read, handled and answered on one
/// thread, with no hand-off to another and back.
///
/// Jobs run with their thread marked for brief blocking work (``BriefBlockingThreads``): a read by primary
/// key runs where the handler stands; anything longer goes to ``BlockingWork/run(_:_:)`` and never holds a loop.
final class EventLoopExecutor: TaskExecutor {
    private let group: MultiThreadedEventLoopGroup

    /// An executor on the loops of `group`.
    init(group: MultiThreadedEventLoopGroup) {
        self.group = group
    }

    /// Runs `job` on the current event loop, or the group's next one.
    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let loop = MultiThreadedEventLoopGroup.currentEventLoop ?? group.next()
        loop.execute {
            BriefBlockingThreads.running { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
    }
}
