/// What one process measures on one structure: nanoseconds per operation and resident bytes per timer.
struct Figures {
    /// Nanoseconds per schedule (for Dispatch: create, schedule and activate).
    var schedule: Double
    /// Nanoseconds per cancel of a random half.
    var cancel: Double
    /// Nanoseconds per fired timer while advancing through all the rest; `nil` where nothing fires.
    var fire: Double?
    /// Growth of resident memory per pending timer once all are scheduled.
    var bytesPerTimer: Double

    /// The figures as one line for the parent process.
    var line: String {
        "\(schedule) \(cancel) \(fire.map { "\($0)" } ?? "-") \(bytesPerTimer)"
    }

    /// Reads a line written by ``line``.
    init?(line: String) {
        let fields = line.split(separator: " ").map(String.init)
        guard fields.count == 4, let schedule = Double(fields[0]), let cancel = Double(fields[1]),
            let bytes = Double(fields[3])
        else { return nil }
        self.init(schedule: schedule, cancel: cancel, fire: Double(fields[2]), bytesPerTimer: bytes)
    }

    /// Figures as measured.
    init(schedule: Double, cancel: Double, fire: Double?, bytesPerTimer: Double) {
        self.schedule = schedule
        self.cancel = cancel
        self.fire = fire
        self.bytesPerTimer = bytesPerTimer
    }

    /// The median of each figure over several runs.
    static func median(_ runs: [Figures]) -> Figures {
        combine(runs) { $0.sorted()[$0.count / 2] }
    }

    /// The lowest of each figure over several runs.
    static func best(_ runs: [Figures]) -> Figures {
        combine(runs) { $0.min()! }
    }

    /// Each figure reduced over several runs by `reduce`.
    private static func combine(_ runs: [Figures], _ reduce: ([Double]) -> Double) -> Figures {
        let fires = runs.compactMap(\.fire)
        return Figures(
            schedule: reduce(runs.map(\.schedule)), cancel: reduce(runs.map(\.cancel)),
            fire: fires.isEmpty ? nil : reduce(fires), bytesPerTimer: reduce(runs.map(\.bytesPerTimer))
        )
    }
}
