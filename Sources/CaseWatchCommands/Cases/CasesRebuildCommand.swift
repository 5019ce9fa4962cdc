import ArgumentParser
import CaseWatchEngine

/// `casewatch cases rebuild`: recompute every projection from the event log.
public struct CasesRebuildCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Recompute every case's projection from the event log and compare it with what is stored.",
        discussion: "Differences are listed and the recomputed projections stored; with --check nothing is written and differences exit 1."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Flag(help: "Only compare; exit 1 if any projection differs.")
    var check = false

    /// Creates the command.
    public init() {}

    /// Rebuilds and reports.
    public func run() throws {
        let rebuild = ProjectionRebuild(store: try database.open(), catalog: try policyOptions.load())
        let cases: Int, differences: [ProjectionDifference]
        do {
            (cases, differences) = try rebuild.run(repair: !check)
        } catch let refusal as MissingPinnedPolicies {
            throw CommandFailure("\(refusal)")
        }
        for difference in differences { Console.errorLine(difference.description) }
        if differences.isEmpty {
            Console.line("rebuilt \(cases) cases from the event log: every stored projection is exact")
        } else if check {
            Console.errorLine("\(differences.count) of \(cases) stored projections differ from the event log")
            throw ExitCode(1)
        } else {
            Console.line("rebuilt \(cases) cases; \(differences.count) stored projections differed and were replaced")
        }
    }
}
