import CaseWatchCore
import Synchronization

/// Tells the HTTP service's streams that the store changed, so that each reads on from where it is,
/// instead of polling: the daemon signals it after each wake that committed escalations
/// (``escalationsCommitted(_:)``) and the intake after it appended events (``storeChanged()``).
///
/// The feed carries no data: a stream notes the ``mark`` before it reads the store, reads, writes what is
/// new, then waits for the mark to move (``wait(past:includingChanges:timeout:)``). A signal between the
/// read and the wait is never lost.
public final class EscalationFeed: Sendable {
    /// How far the signals have come: one count per kind.
    public struct Mark: Sendable, Hashable {
        /// Wakes that committed escalations.
        public var escalations: UInt64 = 0
        /// Other changes of what the wall shows (events appended).
        public var changes: UInt64 = 0
        /// Whether the feed was closed (the daemon shuts down): streams end.
        public var isClosed = false
    }

    private struct State {
        var mark = Mark()
        var nextWaiter: UInt64 = 0
        var waiters: [UInt64: Waiter] = [:]
        /// Waiters given an id that have not registered yet.
        var unregistered: Set<UInt64> = []
        /// Waiters cancelled before they registered.
        var cancelled: Set<UInt64> = []
    }

    private struct Waiter {
        let since: Mark
        let includingChanges: Bool
        let continuation: CheckedContinuation<Mark, Never>

        func isWoken(by mark: Mark) -> Bool {
            mark.isClosed || mark.escalations != since.escalations || (includingChanges && mark.changes != since.changes)
        }
    }

    private let state = Mutex(State())

    /// How long a stream stays silent before it sends a comment, so that proxies and clients see it alive.
    public let keepAlive: Duration

    /// A feed nothing has signalled yet; its streams send a keep-alive comment after `keepAlive` of silence.
    public init(keepAlive: Duration = .seconds(15)) {
        self.keepAlive = keepAlive
    }

    /// The signals so far.
    public var mark: Mark { state.withLock { $0.mark } }

    /// How many streams wait now.
    public var waiting: Int { state.withLock { $0.waiters.count } }

    /// Signals that a wake committed `escalations` (nothing happens for none).
    public func escalationsCommitted(_ escalations: [Escalation]) {
        guard !escalations.isEmpty else { return }
        signal { $0.escalations &+= 1 }
    }

    /// Signals that events were appended (the wall's figures may have changed).
    public func storeChanged() {
        signal { $0.changes &+= 1 }
    }

    /// Closes the feed (the daemon shuts down gracefully): every stream ends after what it is writing.
    public func close() {
        signal { $0.isClosed = true }
    }

    /// Waits until the mark moves past `since` (escalations; with `includingChanges`, other changes too),
    /// `timeout` passes, or the task is cancelled; returns the mark then.
    public func wait(past since: Mark, includingChanges: Bool, timeout: Duration) async -> Mark {
        await withTaskGroup(of: Mark?.self) { group in
            group.addTask { await self.wait(past: since, includingChanges: includingChanges) }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? mark
        }
    }

    /// Waits until the mark moves past `since`, or the task is cancelled.
    private func wait(past since: Mark, includingChanges: Bool) async -> Mark {
        let id = state.withLock { state in
            defer { state.nextWaiter += 1 }
            state.unregistered.insert(state.nextWaiter)
            return state.nextWaiter
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let waiter = Waiter(since: since, includingChanges: includingChanges, continuation: continuation)
                let now: Mark? = state.withLock { state in
                    state.unregistered.remove(id)
                    if state.cancelled.remove(id) != nil || waiter.isWoken(by: state.mark) { return state.mark }
                    state.waiters[id] = waiter
                    return nil
                }
                if let now { continuation.resume(returning: now) }
            }
        } onCancel: {
            let resumed: (Waiter, Mark)? = state.withLock { state in
                guard let waiter = state.waiters.removeValue(forKey: id) else {
                    if state.unregistered.remove(id) != nil { state.cancelled.insert(id) }
                    return nil
                }
                return (waiter, state.mark)
            }
            if let (waiter, mark) = resumed { waiter.continuation.resume(returning: mark) }
        }
    }

    /// Moves the mark and resumes every waiter it wakes.
    private func signal(_ move: (inout Mark) -> Void) {
        let woken: [(Waiter, Mark)] = state.withLock { state in
            move(&state.mark)
            let mark = state.mark
            let ids = state.waiters.filter { $0.value.isWoken(by: mark) }.map(\.key)
            return ids.compactMap { id in state.waiters.removeValue(forKey: id).map { ($0, mark) } }
        }
        for (waiter, mark) in woken { waiter.continuation.resume(returning: mark) }
    }
}
