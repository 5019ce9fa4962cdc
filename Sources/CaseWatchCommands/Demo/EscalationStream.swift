import CaseWatchCore
import Synchronization

/// Prints escalations as they fire, up to a limit, and counts the rest.
final class EscalationStream: Sendable {
    private let zone: ZoneRules
    private let limit: Int
    private let printed = Mutex(0)

    init(zone: ZoneRules, limit: Int) {
        self.zone = zone
        self.limit = limit
    }

    func print(_ e: Escalation) {
        let shown = printed.withLock { count -> Bool in
            count += 1
            return count <= limit
        }
        guard shown else { return }
        let level = e.signoffLevel.map { ", sign-off by \($0) leadership" } ?? ""
        Console.line("\(InstantFormatter.format(e.dueAt, in: zone))  \(e.tier.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(e.tier.chinese)  case \(e.caseID) at \(e.unit) (cycle \(e.cycle)\(e.points.hundredths == 0 ? "" : ", -\(e.points) points")\(level))")
    }

    func finish() {
        let total = printed.withLock { $0 }
        if total > limit { Console.line("… and \(total - limit) more escalations") }
    }
}
