import Synchronization

/// Whether graceful shutdown was asked for: set by the service's shutdown handler (any thread), read by
/// the cycle between the transactions of a catch-up, so that a SIGTERM never waits for the whole of it.
final class StopRequest: Sendable {
    private let requested = Atomic<Bool>(false)

    /// Not yet requested.
    init() {}

    /// Asks for the stop.
    func request() { requested.store(true, ordering: .releasing) }

    /// Whether the stop was asked for.
    var isRequested: Bool { requested.load(ordering: .acquiring) }
}
