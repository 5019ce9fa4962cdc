import CaseWatchStore
import Foundation

/// `casewatch-store-bench [cases]`: measures durable ingest into the store and prints events per second.
///
/// Each round stores the same events into a fresh database file (WAL, synchronous = FULL) in
/// transactions of 5,000 events; one warm-up round, then `rounds` measured rounds; the median and best
/// rounds are reported.
@main
enum StoreBenchMain {
    static let rounds = 7
    static let batchSize = 5_000

    static func main() throws {
        let cases = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 40_000
        let workload = try IngestWorkload(cases: cases, batchSize: batchSize)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("casewatch-store-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        print("\(workload.events.count) events (\(cases) cases × \(IngestWorkload.eventsPerCase)), \(batchSize) per transaction, durable commits (WAL, synchronous = FULL)")
        print("\(rounds) rounds after one warm-up round, each into a new database file")
        print("workload                                      median/s      best/s   µs/event (median)")
        for checkingDuplicates in [false, true] {
            let name = checkingDuplicates ? "lookup by id + insert + projection upsert" : "insert + projection upsert"
            var seconds: [Double] = []
            for round in 0...rounds {
                let path = "\(folder)/\(checkingDuplicates ? "checked" : "plain")-\(round).sqlite"
                var stored = 0
                let elapsed = try ContinuousClock().measure {
                    stored = try workload.run(at: path, checkingDuplicates: checkingDuplicates)
                }
                precondition(stored == workload.events.count, "stored \(stored) of \(workload.events.count)")
                try FileManager.default.removeItem(atPath: path)
                if round > 0 { seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) }
            }
            seconds.sort()
            let median = seconds[rounds / 2]
            let rate = { (s: Double) in String(Int(Double(workload.events.count) / s)) }
            let perEvent = String(format: "%.1f", median / Double(workload.events.count) * 1e6)
            print(name.padded(44) + rate(median).leftPadded(10) + rate(seconds[0]).leftPadded(12) + perEvent.leftPadded(20))
        }
    }
}

extension String {
    /// The string with spaces after it up to `width` characters.
    func padded(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    /// The string with spaces in front up to `width` characters.
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
