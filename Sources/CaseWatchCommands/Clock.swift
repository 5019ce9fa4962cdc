import CaseWatchCore
import Foundation

/// The current instant, to the second.
enum WallClock {
    /// Now.
    static func now() -> Instant {
        Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)))
    }
}
