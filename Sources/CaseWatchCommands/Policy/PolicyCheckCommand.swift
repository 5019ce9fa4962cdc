import ArgumentParser
import CaseWatchConfig

/// `casewatch policy check`: validate policy, calendar, unit-tree, roster and routing (notify) files.
public struct PolicyCheckCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate policies, calendars, units, rosters and the routing of deliveries; print each problem as file:line:column: message.",
        discussion: "Exits with status 1 when any problem is found."
    )

    /// Files or directories to check.
    @Argument(help: "Policy, calendar, units, roster or notify files, or directories searched for *.yaml (default: policies).")
    var paths: [String] = []

    /// Creates the command.
    public init() {}

    /// Checks the files and prints every problem.
    public func run() throws {
        let targets = paths.isEmpty ? ["policies"] : paths
        let diagnostics = ConfigLoader.check(paths: targets)
        for diagnostic in diagnostics {
            Console.errorLine(diagnostic.description)
        }
        guard diagnostics.isEmpty else {
            Console.errorLine("\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") found")
            throw ExitCode(1)
        }
        Console.line("ok: \(targets.joined(separator: ", ")) has no problems")
    }
}
