import Foundation

/// `wheel-bench [runs]`: the timer wheel, a binary heap and one `DispatchSourceTimer` per case, side by side
/// at 100,000 and 1,000,000 timers, each measured in fresh processes; prints one table of medians.
///
/// `wheel-bench --one <subject> <N>` is one such process (subjects: `wheel`, `wheel-reused`,
/// `wheel-slab-order`, `heap`, `dispatch`): it prints one line of figures.
@main
enum WheelBenchMain {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--one", arguments.count == 3, let subject = Subject(rawValue: arguments[1]),
            let size = Int(arguments[2])
        {
            print(subject.measure(TimerWorkload(size: size)).line)
        } else if arguments.count <= 1, let runs = Int(arguments.first ?? "3"), runs > 0 {
            try ComparisonTable.run(runs: runs)
        } else {
            print("usage: wheel-bench [runs] | wheel-bench --one <subject> <N>")
        }
    }
}
