import CaseWatchEngine
import Synchronization

/// The wall clock, counting the daemon's wakes: the service asks the clock for the real wait exactly once
/// per wake (``SupervisionCycle/nextWait()``), so the number of those calls is the number of wakes.
final class CountingClock: SupervisorClock {
    private let wall = SystemClock()
    private let waits = Atomic<Int>(0)

    /// Wakes so far.
    var wakes: Int { waits.load(ordering: .relaxed) }

    func nanosecondsSinceEpoch() -> Int64 { wall.nanosecondsSinceEpoch() }

    func realWait(forClockNanoseconds nanoseconds: Int64) -> Duration {
        waits.add(1, ordering: .relaxed)
        return .nanoseconds(nanoseconds)
    }
}
