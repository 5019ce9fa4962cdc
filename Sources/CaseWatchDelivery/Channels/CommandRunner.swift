import CaseWatchStore
import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a receiver's program: the message on standard input, its fields as `CASEWATCH_*` environment
/// variables (with `PATH`, `LANG` and `LC_ALL` only: the daemon's own environment, which holds other receivers'
/// secrets, is not passed on), killed once its timeout passes. Exit 0 means sent. The program is started,
/// fed and waited on from dispatch queues, never on the cooperative pool.
enum CommandRunner {
    /// Runs `path` with `arguments` and returns how it ended.
    static func run(
        path: String, arguments: [String], input: String, environment: [String: String], timeoutSeconds: Int64
    ) async -> SendResult {
        await BlockingWork.run("casewatch.delivery.command") {
            runBlocking(
                path: path, arguments: arguments, input: Array(input.utf8), environment: environment,
                timeoutSeconds: timeoutSeconds)
        }
    }

    /// The variables a program gets: `PATH`, `LANG`, `LC_ALL` (when the daemon has them) and the message's fields.
    static func environment(fields: [String: String], inherited: [String: String]) -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["PATH", "LANG", "LC_ALL"] { environment[name] = inherited[name] }
        for (name, value) in fields { environment["CASEWATCH_" + name.uppercased()] = value }
        return environment
    }

    private static func runBlocking(
        path: String, arguments: [String], input: [UInt8], environment: [String: String], timeoutSeconds: Int64
    ) -> SendResult {
        let child: SpawnedProcess
        switch SpawnedProcess.spawn(path: path, arguments: arguments, environment: environment) {
        case let .success(spawned): child = spawned
        case let .failure(failure):
            return .failed(httpStatus: nil, error: "cannot start \(path): \(failure.reason)", retryAfter: nil)
        }
        DispatchQueue(label: "casewatch.delivery.command.stdin").async { child.writeInput(input) }
        // The child is killed only while it has not exited: until it is reaped its pid cannot be reused.
        let state = Mutex((exited: false, killed: false))
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(Int(timeoutSeconds))) {
            state.withLock { state in
                guard !state.exited else { return }
                state.killed = true
                _ = kill(child.pid, SIGKILL)
            }
        }
        child.awaitExit()
        let killed = state.withLock { state in
            state.exited = true
            return state.killed
        }
        let termination = child.reap()
        if killed {
            return .failed(httpStatus: nil, error: "\(path) killed after the \(timeoutSeconds) s timeout", retryAfter: nil)
        }
        switch termination {
        case .exited(0):
            return .sent(httpStatus: nil)
        case let .exited(status):
            return .failed(httpStatus: nil, error: "\(path) exited with status \(status)", retryAfter: nil)
        case let .signalled(signal):
            return .failed(httpStatus: nil, error: "\(path) killed by signal \(signal)", retryAfter: nil)
        }
    }
}
