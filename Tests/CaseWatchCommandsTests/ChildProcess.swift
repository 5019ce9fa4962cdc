import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `casewatch` executable run as a real child process, for tests of crashes and concurrency.
enum ChildProcess {
    /// The executable beside the test bundle (the test target depends on it, so it is built first).
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("casewatch")
    }

    /// Starts `casewatch` with `arguments` (and extra environment variables), output discarded.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `casewatch` to the end and returns its exit status.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Int32 {
        let process = try start(arguments, environment: environment)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Kills a child with SIGKILL, as a crash or `kill -9` would, and reaps it.
    static func kill9(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
