import Dispatch

/// The daemon's alarm: one `DispatchSourceTimer`, re-armed after every wake for the wait the cycle asks
/// for, whose handler only calls `onWake` (which yields into an `AsyncStream`).
///
/// `@unchecked Sendable` because `DispatchSourceTimer` is not marked `Sendable` on Linux. The invariant that
/// makes it safe: the source is only touched through `schedule`, `activate` and `cancel`, which libdispatch
/// makes thread-safe, and its handler touches no state of ours but the `@Sendable` `onWake`.
final class WakeAlarm: @unchecked Sendable {
    private let source: DispatchSourceTimer

    /// An alarm that calls `onWake` on `queue` each time it goes off; armed by ``arm(after:)``.
    init(queue: DispatchQueue, onWake: @escaping @Sendable () -> Void) {
        source = DispatchSource.makeTimerSource(flags: [.strict], queue: queue)
        source.setEventHandler(handler: onWake)
        source.schedule(deadline: .distantFuture, leeway: .nanoseconds(0))
        source.activate()
    }

    /// Goes off once, `wait` from now (monotonic time, so that a step of the wall clock does not delay it).
    func arm(after wait: Duration) {
        let nanoseconds = max(0, wait.nanoseconds)
        source.schedule(deadline: .now() + .nanoseconds(Int(nanoseconds)), leeway: .nanoseconds(0))
    }

    /// Stops the alarm for good.
    func cancel() {
        source.cancel()
    }
}
