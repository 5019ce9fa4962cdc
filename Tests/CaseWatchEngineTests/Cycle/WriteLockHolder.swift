import CaseWatchStore
import Foundation

/// Another connection holding the database's write lock (an open IMMEDIATE transaction) on a thread of
/// its own until released: what a long write by another process looks like to the supervisor.
final class WriteLockHolder: Sendable {
    private let releaseSignal = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// Opens a second store on `path` and returns once its write transaction holds the lock.
    init(path: String) throws {
        let other = try SQLiteCaseStore.open(at: path)
        let held = DispatchSemaphore(value: 0)
        let releaseSignal = releaseSignal, finished = finished
        Thread.detachNewThread {
            _ = try? other.write { _ in
                held.signal()
                releaseSignal.wait()
            }
            finished.signal()
        }
        held.wait()
    }

    /// Ends the transaction and waits until the lock is free.
    func release() {
        releaseSignal.signal()
        finished.wait()
    }
}
