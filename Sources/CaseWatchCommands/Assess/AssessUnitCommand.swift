import ArgumentParser
import CaseWatchCore
import CaseWatchEngine

/// `casewatch assess unit <id>`: every case and ledger line behind one unit's score.
public struct AssessUnitCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "unit",
        abstract: "Show every case, escalation and ledger line behind one unit's score for a period.",
        discussion: """
            For a street or district, the cases of every unit under it are listed too. The record is a table; \
            --out writes it to a file instead of standard output.
            """
    )

    /// `casewatch assess`, whose --format and --out are given on the same line.
    @ParentCommand var assess: AssessCommand

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions
    @OptionGroup var periodOptions: AssessmentPeriodOptions

    /// The unit.
    @Argument(help: "The unit's id, e.g. cc.nanguan.ziqiang.")
    var unit: String

    /// Creates the command.
    public init() {}

    /// Prints the unit's record.
    public func run() throws {
        guard assess.format == .table else {
            throw CommandFailure("""
                --format \(assess.format.rawValue): a unit's record is a table only; leave --format out (the csv, json \
                and html reports are `casewatch assess --level unit --format \(assess.format.rawValue)`)
                """)
        }
        let (run, zone) = try AssessmentSetup.load(database: database, policies: policyOptions)
        let now = WallClock.now()
        let period = try periodOptions.period(zone: zone, now: now)
        let asOf = try periodOptions.asOf(for: period, run: run, zone: zone, now: now)
        let record: UnitRecord
        do {
            record = try run.record(of: UnitID(unit), period, asOf: asOf)
        } catch let unknown as UnknownAssessedUnit {
            throw CommandFailure("\(unknown)")
        }
        let text = UnitRecordText.lines(record, zone: zone).joined(separator: "\n") + "\n"
        if let out = assess.out {
            try OutputFile.write(Array(text.utf8), to: out)
            Console.line("wrote \(out): the record of \(unit)")
        } else {
            Console.current.write(text, .out)
        }
    }
}
