import CaseWatchCore
import CaseWatchEngine
import Synchronization

/// A ``SupervisorClock`` whose time the test sets: stepped forwards, backwards, or held still between wakes.
///
/// Nothing moves it but the test, so a supervisor run on it is deterministic: it reads the same instant
/// until ``set(_:)`` or ``move(seconds:)`` is called.
public final class ManualClock: SupervisorClock {
    private let reading: Mutex<Int64>

    /// A clock reading `start`.
    public init(_ start: Instant) {
        reading = Mutex(start.secondsSinceEpoch * 1_000_000_000)
    }

    /// Nanoseconds since the Unix epoch, as the test last set them.
    public func nanosecondsSinceEpoch() -> Int64 { reading.withLock { $0 } }

    /// Sets the clock to `instant`, earlier or later than it reads.
    public func set(_ instant: Instant) {
        reading.withLock { $0 = instant.secondsSinceEpoch * 1_000_000_000 }
    }

    /// Moves the clock by `seconds` (negative: backwards).
    public func move(seconds: Int64) {
        reading.withLock { $0 += seconds * 1_000_000_000 }
    }
}
