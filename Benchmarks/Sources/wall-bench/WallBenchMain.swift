import CaseWatchConfig
import CaseWatchCore
import CaseWatchStore
import Foundation

/// `wall-bench [open cases…]`: how long the supervision wall's summary takes to read from the store, at
/// each size of open cases (default 10,000, 100,000 and 1,000,000).
///
/// A summary reads the unit tree, the open and overdue cases per unit, the deadlines due until the end of
/// the day, the pending sign-offs and the latest escalations, in one read transaction: what the wall's
/// stream reads at connect and after each change (at most once a second per connected wall). Each size:
/// a database built once through the engine's intake (cached under /tmp), one warm-up read, then the
/// median and the slowest of `rounds` reads.
@main
enum WallBenchMain {
    static let rounds = 7

    static func main() throws {
        let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        print("open cases   per-unit counts   deadlines today   whole summary (median)   slowest")
        for count in sizes.isEmpty ? [10_000, 100_000, 1_000_000] : sizes {
            let path = try WallDatabase.prepare(count: count, repository: repository)
            let store = try SQLiteCaseStore.open(at: path)
            let now = WallDatabase.now
            let dayEnd = now.adding(seconds: 86_400)
            var counts: [Double] = []
            var deadlines: [Double] = []
            var whole: [Double] = []
            for round in 0...rounds {
                let (c, d, w) = try store.read { reader in
                    let c = try seconds { _ = try reader.openCaseCounts(at: now) }
                    let d = try seconds { _ = try reader.openDeadlines(from: now, until: dayEnd, limit: 5_001) }
                    let w = try seconds {
                        _ = try reader.units()
                        _ = try reader.openCaseCounts(at: now)
                        _ = try reader.openDeadlines(from: now, until: dayEnd, limit: 5_001)
                        _ = try reader.pendingSignoffAges()
                        _ = try reader.latestEscalations(limit: 20)
                    }
                    return (c, d, w)
                }
                if round > 0 {
                    counts.append(c)
                    deadlines.append(d)
                    whole.append(w)
                }
            }
            let median = { (values: [Double]) in milliseconds(values.sorted()[values.count / 2]) }
            print(
                String(count).leftPadded(10) + median(counts).leftPadded(18) + median(deadlines).leftPadded(18)
                    + median(whole).leftPadded(25) + milliseconds(whole.max() ?? 0).leftPadded(10)
            )
        }
    }

    static func seconds(_ body: () throws -> Void) throws -> Double {
        let elapsed = try ContinuousClock().measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
}

extension String {
    /// The string with spaces in front up to `width` characters.
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
