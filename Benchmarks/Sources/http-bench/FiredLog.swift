import BenchSupport
import CaseWatchCore
import Synchronization

/// The escalations the supervision committed, each stamped with the wall clock when it was reported.
final class FiredLog: Sendable {
    private let entries = Mutex<[(due: Instant, firedAt: Int64)]>([])

    /// Records `escalations`, committed now.
    func record(_ escalations: [Escalation]) {
        let now = wallNanoseconds()
        entries.withLock { entries in
            for escalation in escalations { entries.append((escalation.dueAt, now)) }
        }
    }

    /// Detection lateness (reported after commit − due), in nanoseconds, of the escalations due in `window`
    /// (Unix seconds).
    func lateness(dueIn window: ClosedRange<Int64>) -> [Int64] {
        entries.withLock { entries in
            entries.filter { window.contains($0.due.secondsSinceEpoch) }.map { $0.firedAt - $0.due.secondsSinceEpoch * 1_000_000_000 }
        }
    }

    /// How many escalations were reported.
    var count: Int { entries.withLock { $0.count } }
}
