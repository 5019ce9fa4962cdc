import ArgumentParser
import CaseWatchCore
import CaseWatchStore

/// `casewatch escalations list`.
public struct EscalationsListCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List escalations in the order they were detected."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "Only this tier: \(TierName.allCases.map(\.rawValue).joined(separator: ", ")).")
    var tier: String?

    @Option(help: "Only escalations charged to this unit.")
    var unit: String?

    @Option(help: "Only escalations detected at or after this instant.")
    var since: String?

    @Flag(help: "Print a JSON array of objects with case_id, cycle, tier, unit, due_at, detected_at, points, signoff.")
    var json = false

    /// Creates the command.
    public init() {}

    /// Lists the escalations.
    public func run() throws {
        let tierFilter = try tier.map { text throws(CommandFailure) -> TierName in
            guard let value = TierName(rawValue: text) else {
                throw CommandFailure("--tier '\(text)': use one of \(TierName.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
        let zone = try policyOptions.load().displayZone
        let sinceInstant = try since.map { try ArgumentReading.instant($0, option: "--since", zone: zone) }
        let unitFilter = unit.map { UnitID($0) }
        let store = try database.open()
        let rows = try store.read { try $0.escalations(tier: tierFilter, unit: unitFilter, since: sinceInstant) }
            .map { EscalationRow($0, zone: zone) }
        if json {
            Console.line(try JSONOutput.encode(rows))
            return
        }
        guard !rows.isEmpty else {
            Console.line("no escalations match")
            return
        }
        Console.line(TextTable.render(
            header: ["case", "cycle", "tier", "unit", "due", "detected", "points", "sign-off"],
            rows: rows.map { [$0.caseID, "\($0.cycle)", $0.tier, $0.unit, $0.dueAt, $0.detectedAt, $0.points, $0.signoff ?? "-"] }
        ).joined(separator: "\n"))
        Console.line("\(rows.count) escalation\(rows.count == 1 ? "" : "s")")
    }
}

/// One escalation as printed.
struct EscalationRow: Encodable {
    let caseID: String
    let cycle: Int
    let tier: String
    let unit: String
    let dueAt: String
    let detectedAt: String
    let points: String
    let signoff: String?

    enum CodingKeys: String, CodingKey {
        case cycle, tier, unit, points, signoff
        case caseID = "case_id"
        case dueAt = "due_at"
        case detectedAt = "detected_at"
    }

    init(_ stored: StoredEscalation, zone: ZoneRules) {
        let e = stored.escalation
        caseID = e.caseID.rawValue
        cycle = e.cycle
        tier = e.tier.rawValue
        unit = e.unit.rawValue
        dueAt = InstantFormatter.format(e.dueAt, in: zone)
        detectedAt = InstantFormatter.format(e.detectedAt, in: zone)
        points = e.points.description
        signoff = e.signoffLevel.map { "\($0) \(stored.signoffStatus ?? "")" }
    }
}
