import ArgumentParser
import CaseWatchCommands
import Foundation
import Synchronization

/// What a command printed and how it ended.
struct CommandResult {
    let exitCode: Int32
    let out: String
    let err: String
}

/// Runs `casewatch` commands in-process with their output captured.
enum CommandHarness {
    /// The repository root, found from this file's path.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The shipped policy directory and calendar.
    static let policies = repositoryRoot + "/policies"
    static let calendar = policies + "/calendars/cn-mainland.yaml"

    /// Parses and runs `arguments` as `casewatch` would, capturing standard output and error.
    static func run(_ arguments: [String]) -> CommandResult {
        let buffers = Mutex<(out: String, err: String)>(("", ""))
        let console = Console { text, stream in
            buffers.withLock { if stream == .out { $0.out += text } else { $0.err += text } }
        }
        let exitCode: Int32 = Console.$current.withValue(console) {
            do {
                var command = try CaseWatchCommand.parseAsRoot(arguments)
                try command.run()
                return 0
            } catch {
                let reported = ErrorWording.reported(error)
                let code = CaseWatchCommand.exitCode(for: reported).rawValue
                let message = CaseWatchCommand.fullMessage(for: reported)
                if !message.isEmpty { Console.errorLine(message) }
                return code
            }
        }
        let captured = buffers.withLock { $0 }
        return CommandResult(exitCode: exitCode, out: captured.out, err: captured.err)
    }
}
