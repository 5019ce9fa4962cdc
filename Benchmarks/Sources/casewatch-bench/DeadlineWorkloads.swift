import CaseWatchConfig
import CaseWatchCore

/// One measured workload: a name and a body that computes `count` deadlines and returns a checksum.
struct Workload {
    let name: String
    let count: Int
    let body: () -> Int64
}

/// Builds the deadline workloads over fixed, seeded inputs on the given calendar.
enum DeadlineWorkloads {
    static func make(calendar: WorkCalendar, count: Int) -> [Workload] {
        var generator = SplitMix64(seed: 20_241_001)
        let zone = calendar.zone
        let first = zone.instant(dayNumber: LocalDate(year: 2024, month: 1, day: 1)!.dayNumber, secondOfDay: 0)
        var starts: [Instant] = []
        var pauseSets: [PauseSet] = []
        for _ in 0..<count {
            let start = first.adding(seconds: Int64.random(in: 0..<(2 * 365 * 86_400), using: &generator))
            starts.append(start)
            pauseSets.append(tenPauses(after: start, using: &generator))
        }
        let twentyDays = ClockDuration.workingDays(20)!
        let workingHours = ClockDuration.workingTime(seconds: 16 * 3600)!
        let urgent = ClockDuration.calendar(seconds: 24 * 3600)!
        return [
            Workload(name: "20 working days, 10 pauses", count: count) {
                var sum: Int64 = 0
                for i in 0..<count { sum &+= calendar.deadline(from: starts[i], adding: twentyDays, pauses: pauseSets[i]).due.secondsSinceEpoch }
                return sum
            },
            Workload(name: "20 working days, no pause", count: count) {
                var sum: Int64 = 0
                for i in 0..<count { sum &+= calendar.deadline(from: starts[i], adding: twentyDays).due.secondsSinceEpoch }
                return sum
            },
            Workload(name: "16 working hours, 10 pauses", count: count) {
                var sum: Int64 = 0
                for i in 0..<count { sum &+= calendar.deadline(from: starts[i], adding: workingHours, pauses: pauseSets[i]).due.secondsSinceEpoch }
                return sum
            },
            Workload(name: "24h calendar time, 10 pauses", count: count) {
                var sum: Int64 = 0
                for i in 0..<count { sum &+= calendar.deadline(from: starts[i], adding: urgent, pauses: pauseSets[i]).due.secondsSinceEpoch }
                return sum
            },
            Workload(name: "working time between, 10 pauses", count: count) {
                var sum: Int64 = 0
                for i in 0..<count {
                    sum &+= calendar.workingTime(from: starts[i], to: starts[i].adding(seconds: 30 * 86_400), pauses: pauseSets[i])
                }
                return sum
            },
        ]
    }

    /// Ten pauses of 10 minutes to 4 hours spread over the month after `start`, some overlapping.
    static func tenPauses(after start: Instant, using generator: inout SplitMix64) -> PauseSet {
        var spans: [TimeSpan] = []
        var cursor = start
        for _ in 0..<10 {
            cursor = cursor.adding(seconds: Int64.random(in: 1800..<(2 * 86_400), using: &generator))
            let length = Int64.random(in: 600..<(4 * 3600), using: &generator)
            spans.append(TimeSpan(start: cursor, end: cursor.adding(seconds: length)))
            cursor = cursor.adding(seconds: length / 2)
        }
        return PauseSet(spans)
    }
}

/// A small deterministic generator, so every run measures the same inputs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
