import Dispatch

/// A task executor whose jobs run on dispatch threads, never on Swift's cooperative pool, so that the code
/// it runs may block briefly (a read by primary key) without a hop to another thread.
///
/// A server runs its request handlers under it (`withTaskExecutorPreference`): a handler then reads the store
/// where it stands (``BlockingWork/runBrief(_:_:)``), where otherwise each read would cost two thread hand-offs
/// (to a dispatch queue and back to the pool). Work that may take long — a durable commit, a scan — still
/// goes to ``BlockingWork/run(_:_:)``, so that it never holds one of these threads either.
public final class BlockingExecutor: TaskExecutor {
    private static let marker = DispatchSpecificKey<Bool>()
    private let queue: DispatchQueue

    /// An executor on a concurrent dispatch queue labelled `label`.
    public init(label: String) {
        queue = DispatchQueue(label: label, attributes: .concurrent)
        queue.setSpecific(key: Self.marker, value: true)
    }

    /// Runs `job` on one of the queue's threads.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }

    /// Whether the calling thread is running a job of some `BlockingExecutor` (and so may block briefly).
    public static var isCurrent: Bool {
        DispatchQueue.getSpecific(key: marker) == true
    }
}
