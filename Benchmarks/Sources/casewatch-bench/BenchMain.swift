/// `casewatch-bench [deadlines [calendar.yaml] | ingest [events] [policies-dir] | assess [policies-dir] [database] | backends [events-per-writer] [policies-dir] [history.csv] | backends-intake [events-per-writer] [policies-dir] | backends-failover [events] [policies-dir]]`: prints throughput figures.
@main
enum BenchMain {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        switch arguments.first {
        case nil:
            try DeadlineBenchmark.run(arguments: [])
            try IngestBenchmark.run(arguments: [])
        case "deadlines":
            try DeadlineBenchmark.run(arguments: Array(arguments.dropFirst()))
        case "ingest":
            try IngestBenchmark.run(arguments: Array(arguments.dropFirst()))
        case "backends-failover":
            try BackendsBenchmark.runFailover(arguments: Array(arguments.dropFirst()))
        case "backends-intake":
            try BackendsBenchmark.runIntake(arguments: Array(arguments.dropFirst()))
        case "backends":
            try BackendsBenchmark.run(arguments: Array(arguments.dropFirst()))
        case "assess":
            try AssessBenchmark.run(arguments: Array(arguments.dropFirst()))
        default:
            print("usage: casewatch-bench [deadlines [calendar.yaml] | ingest [events] [policies-dir] | assess [policies-dir] [database] | backends [events-per-writer] [policies-dir] [history.csv] | backends-intake [events-per-writer] [policies-dir] | backends-failover [events] [policies-dir]]")
        }
    }
}

/// Seconds in a measured duration.
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    func leftPadding(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
