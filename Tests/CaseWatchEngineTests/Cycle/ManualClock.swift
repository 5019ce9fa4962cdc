import CaseWatchCore
import CaseWatchEngine
import Synchronization

/// A ``SupervisorClock`` whose time the test sets: stepped forwards, backwards, or held still between wakes.
final class ManualClock: SupervisorClock {
    private let reading: Mutex<Int64>

    /// A clock reading `start`.
    init(_ start: Instant) {
        reading = Mutex(start.secondsSinceEpoch * 1_000_000_000)
    }

    func nanosecondsSinceEpoch() -> Int64 { reading.withLock { $0 } }

    /// Sets the clock to `instant`, earlier or later than it reads.
    func set(_ instant: Instant) {
        reading.withLock { $0 = instant.secondsSinceEpoch * 1_000_000_000 }
    }

    /// Moves the clock by `seconds` (negative: backwards).
    func move(seconds: Int64) {
        reading.withLock { $0 += seconds * 1_000_000_000 }
    }
}
