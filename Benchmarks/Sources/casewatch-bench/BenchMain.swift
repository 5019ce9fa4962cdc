import CaseWatchConfig
import CaseWatchCore

/// `casewatch-bench [calendar.yaml]`: measures deadline arithmetic and prints throughput per workload.
///
/// Each workload runs once to warm up, then `rounds` times; the median and best rounds are reported.
@main
enum BenchMain {
    static let rounds = 7
    static let perRound = 200_000

    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        let path = arguments.first ?? "../policies/calendars/cn-mainland.yaml"
        let clock = ContinuousClock()
        var loaded: WorkCalendar?
        let loadTime = try clock.measure { loaded = try ConfigLoader.loadCalendar(at: path) }
        let calendar = loaded!
        print("calendar \(calendar.name) (\(calendar.zone.identifier)), loaded and tabulated in \(milliseconds(loadTime)) ms")
        print("\(perRound) deadlines per round, \(rounds) rounds after one warm-up round")
        print("workload                          median/s       best/s   ns/op (median)")
        for workload in DeadlineWorkloads.make(calendar: calendar, count: perRound) {
            var checksum = workload.body()
            var seconds: [Double] = []
            for _ in 0..<rounds {
                let elapsed = clock.measure { checksum &+= workload.body() }
                seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
            seconds.sort()
            let median = seconds[rounds / 2]
            let best = seconds[0]
            let rate = { (s: Double) in Int(Double(workload.count) / s) }
            print(
                workload.name.padding(30) + String(rate(median)).leftPadding(12) + String(rate(best)).leftPadding(13)
                    + String(Int(median / Double(workload.count) * 1e9)).leftPadding(17)
                    + (checksum == 0 ? " (checksum 0)" : "")
            )
        }
    }

    static func milliseconds(_ duration: Duration) -> String {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(Int(ms.rounded()))
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    func leftPadding(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
