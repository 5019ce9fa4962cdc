import ArgumentParser
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine

/// `casewatch assess`: score and rank the units for a period.
public struct AssessCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Score and rank the units for a period under the assessment rules (policies/assessment.yaml).",
        discussion: """
            Assesses the cases first dispatched in the period (local dates in the calendar's zone), judged as of \
            --as-of. Rows at a level roll each unit up to its ancestor at that level; a unit without one (a city \
            department at --level district) keeps a row of its own.
            """,
        subcommands: [AssessUnitCommand.self]
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions
    @OptionGroup var periodOptions: AssessmentPeriodOptions

    /// The level of the rows.
    @Option(help: "The rows: unit, street, district or city.")
    var level: AssessmentLevel = .unit

    /// The output format.
    @Option(help: "table, csv, json or html.")
    var format: AssessmentFormat = .table

    /// The file written instead of standard output.
    @Option(help: "Write the report to this file (atomically) instead of standard output.")
    var out: String?

    /// The language of the column names.
    @Option(help: "Column names in en or zh.")
    var lang: AssessmentLanguage = .en

    /// Creates the command.
    public init() {}

    /// Assesses and prints (or writes) the report.
    public func run() throws {
        let (run, zone) = try AssessmentSetup.load(database: database, policies: policyOptions)
        let now = WallClock.now()
        let period = try periodOptions.period(zone: zone, now: now)
        let asOf = try periodOptions.asOf(for: period, run: run, zone: zone, now: now)
        let report = try run.report(period, asOf: asOf, level: level)
        let bytes = AssessmentOutput.render(report, format: format, language: lang)
        if let out {
            try OutputFile.write(bytes, to: out)
            Console.line("wrote \(out): \(report.rows.count) row\(report.rows.count == 1 ? "" : "s"), \(report.total.tally.received) cases")
        } else {
            Console.current.write(String(decoding: bytes, as: UTF8.self), .out)
        }
    }
}

extension AssessmentLevel: ExpressibleByArgument {}

/// What both assess commands load: the store, the policies and their zone, the assessment rules.
enum AssessmentSetup {
    /// An assessment run over the database, and the zone its dates are read in.
    static func load(database: DatabaseOptions, policies: PolicyOptions) throws -> (AssessmentRun, ZoneRules) {
        let set = try policies.load()
        let rules: AssessmentRules
        do {
            rules = try ConfigLoader.loadAssessmentRules(at: policies.policies)
        } catch {
            throw CommandFailure("cannot load the assessment rules from \(policies.policies):\n\(error)")
        }
        let zone = set.displayZone
        return (AssessmentRun(store: try database.open(), catalog: set, zone: zone, rules: rules), zone)
    }
}
