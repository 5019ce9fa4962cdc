import CaseWatchConfig
import CaseWatchCore

/// Measures deadline arithmetic: each workload once to warm up, then `rounds` times; median and best.
enum DeadlineBenchmark {
    static let rounds = 7
    static let perRound = 200_000

    static func run(arguments: [String]) throws {
        let path = arguments.first ?? "../policies/calendars/cn-mainland.yaml"
        let clock = ContinuousClock()
        var loaded: WorkCalendar?
        let loadTime = try clock.measure { loaded = try ConfigLoader.loadCalendar(at: path) }
        let calendar = loaded!
        print("== deadline arithmetic")
        print("calendar \(calendar.name) (\(calendar.zone.identifier)), loaded and tabulated in \(Int((seconds(loadTime) * 1000).rounded())) ms")
        print("\(perRound) deadlines per round, \(rounds) rounds after one warm-up round")
        print("workload                          median/s       best/s   ns/op (median)")
        for workload in DeadlineWorkloads.make(calendar: calendar, count: perRound) {
            var checksum = workload.body()
            var times: [Double] = []
            for _ in 0..<rounds {
                times.append(seconds(clock.measure { checksum &+= workload.body() }))
            }
            times.sort()
            let median = times[rounds / 2]
            let rate = { (s: Double) in Int(Double(workload.count) / s) }
            print(
                workload.name.padding(30) + String(rate(median)).leftPadding(12) + String(rate(times[0])).leftPadding(13)
                    + String(Int(median / Double(workload.count) * 1e9)).leftPadding(17)
                    + (checksum == 0 ? " (checksum 0)" : "")
            )
        }
    }
}
