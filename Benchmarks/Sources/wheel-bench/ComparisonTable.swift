import Foundation

/// Runs every (structure, N) in `runs` fresh processes of this executable and prints one table of medians.
///
/// The runs go round the rows in turn (row 1, row 2, …, row 1, row 2, …) so that a slow spell of the machine
/// spreads over every row instead of falling on one.
enum ComparisonTable {
    /// The timer counts compared.
    static let sizes = [100_000, 1_000_000]

    static func run(runs: Int) throws {
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let cells = Subject.allCases.flatMap { subject in sizes.map { (subject, $0) } }
        var measured = Array(repeating: [Figures](), count: cells.count)
        for _ in 0..<runs {
            for (row, (subject, size)) in cells.enumerated() {
                measured[row].append(try measureInChild(executable, subject, size))
            }
        }
        let rows = zip(cells, measured).map { ($0.0, $0.1, Figures.median($1), Figures.best($1)) }
        print("timers due uniformly over [now + 1 h, now + 25 h]; cancel a random half; fire the rest")
        print("\(runs) fresh processes per row; ns per operation as median / best; resident bytes per pending timer")
        print("")
        print("| structure | N | schedule ns | cancel ns | fire ns | bytes/timer | cancel 1M/100k (median, best) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for (subject, size, median, best) in rows {
            var growth = ""
            if size == sizes.last, let small = rows.first(where: { $0.0 == subject && $0.1 == sizes.first }) {
                growth = String(format: "%.2f×, %.2f×", median.cancel / small.2.cancel, best.cancel / small.3.cancel)
            }
            func pair(_ a: Double?, _ b: Double?) -> String {
                guard let a, let b else { return "—" }
                return String(format: a < 100 ? "%.1f / %.1f" : "%.0f / %.0f", a, b)
            }
            print(
                "| \(subject.title) | \(size.formatted()) | \(pair(median.schedule, best.schedule)) | "
                    + "\(pair(median.cancel, best.cancel)) | \(pair(median.fire, best.fire)) | "
                    + "\(String(format: "%.1f", median.bytesPerTimer)) | \(growth) |"
            )
        }
    }

    /// Runs `--one subject size` in a fresh process and reads its figures.
    private static func measureInChild(_ executable: String, _ subject: Subject, _ size: Int) throws -> Figures {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--one", subject.rawValue, String(size)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let line = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, let figures = Figures(line: line) else {
            throw BenchError.childFailed("\(subject.rawValue) \(size): exit \(process.terminationStatus), '\(line)'")
        }
        return figures
    }
}

/// A measuring process that did not report.
enum BenchError: Error {
    case childFailed(String)
}
