import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Progress on standard error: a bar redrawn in place on a terminal, a plain line per tenth otherwise.
final class ProgressReport {
    private let label: String
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastTenth = -1

    init(label: String) {
        self.label = label
    }

    func update(_ done: Int, of total: Int) {
        guard total > 0 else { return }
        let fraction = Double(done) / Double(total)
        if isTerminal {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            Console.current.write("\r\(label) [\(bar)] \(Int(fraction * 100))% \(done)/\(total)", .err)
        } else {
            let tenth = Int(fraction * 10)
            guard tenth > lastTenth else { return }
            lastTenth = tenth
            Console.errorLine("\(label): \(tenth * 10)% (\(done)/\(total))")
        }
    }

    func finish() {
        if isTerminal { Console.current.write("\n", .err) }
    }
}
