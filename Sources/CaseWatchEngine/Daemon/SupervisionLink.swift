import Synchronization

/// What other parts of the daemon's process (the HTTP service, the watch on the database's files) need of
/// the supervision running beside them: a way to make it read the event log now, and whether its wheel is
/// filled.
///
/// One link is made by whoever assembles the daemon and handed to the ``SupervisionService`` and to the
/// others; before the service runs, ``followNow()`` does nothing (the first wake reads the whole log anyway).
public final class SupervisionLink: Sendable {
    private struct State {
        var wake: (@Sendable () -> Void)?
        var isWheelFilled = false
        /// A follow was asked for and its wake has not begun: further requests add nothing.
        var isFollowPending = false
        /// Told of every request to follow (the store changed), e.g. the wall's feed.
        var observers: [@Sendable () -> Void] = []
    }

    private let state = Mutex(State())

    /// A link that nothing is connected to yet.
    public init() {}

    /// Asks the supervision to follow the event log at once (events were just appended), instead of at its
    /// next planned wake. Cheap and non-blocking; several requests before the wake make one read.
    public func followNow() {
        let (wake, observers): ((@Sendable () -> Void)?, [@Sendable () -> Void]) = state.withLock { state in
            guard !state.isFollowPending, let wake = state.wake else { return (nil, state.observers) }
            state.isFollowPending = true
            return (wake, state.observers)
        }
        wake?()
        for observer in observers { observer() }
    }

    /// Tells `observer` of every request to follow the log from now on (events were appended, by this process
    /// or, seen through the watch of the database's files, by another): readers of the store look again.
    /// `observer` is called on the requester's thread and must not block.
    public func observeFollows(_ observer: @escaping @Sendable () -> Void) {
        state.withLock { $0.observers.append(observer) }
    }

    /// Whether the supervision holds the database's lock, has filled its wheel and caught up: it fires what
    /// falls due from now on.
    public var isWheelFilled: Bool { state.withLock { $0.isWheelFilled } }

    /// Connects the service's wake (called by ``SupervisionService`` when it starts supervising).
    func connect(_ wake: @escaping @Sendable () -> Void) {
        state.withLock {
            $0.wake = wake
            $0.isFollowPending = false
        }
    }

    /// Called as a wake begins (it reads the log): requests from now on need a wake of their own.
    func wakeBegins() {
        state.withLock { $0.isFollowPending = false }
    }

    /// Records whether the wheel is filled (set after the catch-up, cleared when the service stops).
    func setWheelFilled(_ filled: Bool) {
        state.withLock { $0.isWheelFilled = filled }
    }
}
