import ArgumentParser
import CaseWatchConfig
import CaseWatchCore

/// `casewatch cases list`: the cases, filtered.
public struct CasesListCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List cases with their status, unit, resolve deadline and next escalation step."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "Only cases whose unit charged is this unit.")
    var unit: String?

    @Option(help: "Only cases with this status: \(CaseStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: String?

    @Flag(help: "Only open cases past their accept or resolve deadline.")
    var overdue = false

    @Option(help: "Judge deadlines as of this instant (default: now).")
    var asOf: String?

    @Flag(help: "Print JSON.")
    var json = false

    /// Creates the command.
    public init() {}

    /// Lists the cases.
    public func run() throws {
        let filter = try status.map { text throws(CommandFailure) -> CaseStatus in
            guard let value = CaseStatus(rawValue: text) else {
                throw CommandFailure("--status '\(text)': use one of \(CaseStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
        let catalog = try policyOptions.load()
        let zone = catalog.displayZone
        let now = try asOf.map { try ArgumentReading.instant($0, option: "--as-of", zone: zone) } ?? WallClock.now()
        let store = try database.open()
        let unitFilter = unit.map { UnitID($0) }
        let rows = try store.read { reader in
            var cases = try reader.projections(status: filter, unit: unitFilter)
            if overdue { cases = cases.filter { CaseView.isOverdue($0, at: now) } }
            return try cases.map { CaseView.Row($0, next: try reader.storedNextStep(of: $0.caseID), now: now, zone: zone) }
        }
        if json {
            Console.line(try JSONOutput.encode(rows))
            return
        }
        guard !rows.isEmpty else {
            Console.line("no cases match")
            return
        }
        let table = rows.map { row -> [String] in
            let next = row.nextStep.map { "\($0) \(row.nextStepDue ?? "")" } ?? "-"
            return [row.caseID, row.status, row.unit ?? "-", row.category, row.urgency, row.resolveDue ?? "-", row.resolveState ?? "", next]
        }
        let header = ["case", "status", "unit", "category", "urgency", "resolve due", "", "next step"]
        Console.line(TextTable.render(header: header, rows: table).joined(separator: "\n"))
        Console.line("\(rows.count) case\(rows.count == 1 ? "" : "s")")
    }
}
