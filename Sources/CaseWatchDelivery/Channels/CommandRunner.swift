import Dispatch
import Foundation

/// Runs a receiver's program: the message on standard input, its fields as `CASEWATCH_*` environment
/// variables (with `PATH` and `LANG` only: the daemon's own environment, which holds other receivers' secrets,
/// is not passed on), killed once its timeout passes. Exit 0 means sent. The process is started and waited on
/// from a dispatch queue, never on the cooperative pool.
enum CommandRunner {
    /// Runs `path` with `arguments` and returns how it ended.
    static func run(
        path: String, arguments: [String], input: String, environment: [String: String], timeoutSeconds: Int64
    ) async -> SendResult {
        await withCheckedContinuation { (continuation: CheckedContinuation<SendResult, Never>) in
            DispatchQueue(label: "casewatch.delivery.command").async {
                continuation.resume(
                    returning: runBlocking(
                        path: path, arguments: arguments, input: input, environment: environment,
                        timeoutSeconds: timeoutSeconds))
            }
        }
    }

    /// The variables a program gets: `PATH`, `LANG` (when the daemon has them) and the message's fields.
    static func environment(fields: [String: String], inherited: [String: String]) -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["PATH", "LANG", "LC_ALL"] { environment[name] = inherited[name] }
        for (name, value) in fields { environment["CASEWATCH_" + name.uppercased()] = value }
        return environment
    }

    private static func runBlocking(
        path: String, arguments: [String], input: String, environment: [String: String], timeoutSeconds: Int64
    ) -> SendResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failed(httpStatus: nil, error: "cannot start \(path): \(error.localizedDescription)", retryAfter: nil)
        }
        let pid = process.processIdentifier
        // Writing may block while the program does not read; a program that never reads is killed by the
        // timeout, which closes the pipe and ends the write with an error.
        let writer = DispatchQueue(label: "casewatch.delivery.command.stdin")
        writer.async {
            try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        if finished.wait(timeout: .now() + .seconds(Int(timeoutSeconds))) == .timedOut {
            kill(pid, SIGKILL)
            finished.wait()
            return .failed(httpStatus: nil, error: "\(path) killed after the \(timeoutSeconds) s timeout", retryAfter: nil)
        }
        switch (process.terminationReason, process.terminationStatus) {
        case (.exit, 0):
            return .sent(httpStatus: nil)
        case let (.exit, status):
            return .failed(httpStatus: nil, error: "\(path) exited with status \(status)", retryAfter: nil)
        case let (_, signal):
            return .failed(httpStatus: nil, error: "\(path) killed by signal \(signal)", retryAfter: nil)
        }
    }
}
