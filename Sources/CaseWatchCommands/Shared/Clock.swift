import CaseWatchCore
import Foundation

/// The current instant, to the second.
enum WallClock {
    /// Now: ``CommandClock/fixed`` when a test set it, else the system clock.
    static func now() -> Instant {
        CommandClock.fixed ?? Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)))
    }
}
