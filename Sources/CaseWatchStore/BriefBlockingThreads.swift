#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Marks the threads on which brief blocking work (a read by primary key) may run where it stands: a task
/// executor whose threads may block that briefly (an HTTP server's event loops, never Swift's cooperative
/// pool) runs each job inside ``running(_:)``, and ``BlockingWork/runBrief(_:_:)`` asks ``isMarked``.
public enum BriefBlockingThreads {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        precondition(pthread_key_create(&key, nil) == 0, "no thread-specific key left")
        return key
    }()

    /// Runs `body` with the calling thread marked.
    public static func running(_ body: () -> Void) {
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: 1))
        body()
        pthread_setspecific(key, previous)
    }

    /// Whether the calling thread is inside ``running(_:)``.
    public static var isMarked: Bool {
        pthread_getspecific(key) != nil
    }
}
