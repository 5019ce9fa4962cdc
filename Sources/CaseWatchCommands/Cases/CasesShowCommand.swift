import ArgumentParser
import CaseWatchConfig
import CaseWatchCore
import CaseWatchStore

/// `casewatch cases show`: one case in full.
public struct CasesShowCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a case: its event timeline, deadlines with remaining or overdue time, pauses, extensions and next step."
    )

    @Argument(help: "The case id.")
    var id: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "Judge deadlines as of this instant (default: now).")
    var asOf: String?

    /// Creates the command.
    public init() {}

    /// Prints the case.
    public func run() throws {
        let catalog = try policyOptions.load()
        let zone = catalog.displayZone
        let now = try asOf.map { try ArgumentReading.instant($0, option: "--as-of", zone: zone) } ?? WallClock.now()
        let store = try database.open()
        let caseID = CaseID(id)
        let (projection, events, escalations) = try store.read { reader in
            (try reader.projection(of: caseID), try reader.events(of: caseID), try reader.escalations(caseID: caseID))
        }
        guard let projection else {
            throw CommandFailure("no case '\(id)' in \(database.path); `casewatch cases list` shows the cases")
        }
        Console.line(CaseReport(projection: projection, events: events, escalations: escalations, zone: zone, now: now).text)
    }
}

/// The text of `casewatch cases show`.
struct CaseReport {
    let projection: CaseProjection
    let events: [StoredEvent]
    let escalations: [StoredEscalation]
    let zone: ZoneRules
    let now: Instant

    var text: String {
        let p = projection
        let show = { (instant: Instant) in InstantFormatter.format(instant, in: zone) }
        let suspended = p.status == .suspended
        var lines = [
            "Case \(p.caseID): \(p.status)\(suspended ? " since \(p.suspendedSince.map(show) ?? "?")" : "")",
            "Category \(p.category), urgency \(p.urgency), policy \(p.policyVersion), registered \(show(p.registeredAt))",
            "Unit charged: \(p.unit?.rawValue ?? "none")  (cycle \(p.cycle); \(p.transfers) transfers, \(p.returns) returns, \(p.reopens) reopens)",
        ]
        if let accept = p.accept {
            lines.append("Accept due \(show(accept.effectiveDue))\(accept.provisional ? " (provisional)" : ""): \(CaseView.state(of: accept, now: now, suspended: suspended))")
        }
        if let resolve = p.resolve {
            var line = "Resolve due \(show(resolve.due))"
            if let extended = resolve.extendedDue { line += ", extended to \(show(extended)) (+\(p.extensionDays) working days)" }
            if resolve.explicit { line += " (set at dispatch)" }
            if resolve.provisional { line += " (provisional)" }
            lines.append(line + ": \(CaseView.state(of: resolve, now: now, suspended: suspended))")
        }
        if let pending = p.pendingExtension {
            lines.append("Extension of \(pending.days) working days requested \(show(pending.requestedAt)), awaiting a decision")
        }
        if !p.pauses.isEmpty {
            lines.append("Pauses: " + p.pauses.map { "\(show($0.start)) – \(show($0.end))" }.joined(separator: "; "))
        }
        if let closed = p.closedAt {
            lines.append("Closed \(show(closed))\(p.satisfaction.map { ", citizen \($0.rawValue)" } ?? "")")
        }
        let fired = Set(escalations.map(\.escalation).filter { $0.cycle == p.cycle }.map(\.tier))
        if let next = p.nextStep(excluding: fired) {
            lines.append("Next step: \(next.tier) (\(next.deadline)) due \(show(next.due)), \(DurationText.relative(due: next.due.secondsSinceEpoch, now: now.secondsSinceEpoch))")
        }
        if !escalations.isEmpty {
            lines.append("")
            lines.append("Escalations")
            lines += TextTable.render(
                header: ["cycle", "tier", "unit", "due", "detected", "points", "sign-off"],
                rows: escalations.map { stored in
                    let e = stored.escalation
                    return ["\(e.cycle)", "\(e.tier) \(e.tier.chinese)", e.unit.rawValue, show(e.dueAt), show(e.detectedAt),
                            e.points.description, e.signoffLevel.map { "\($0) \(stored.signoffStatus ?? "")" } ?? "-"]
                }
            )
        }
        lines.append("")
        lines.append("Timeline")
        lines += TextTable.render(
            header: ["at", "event", "actor", "details"],
            rows: events.map { stored in
                let fields = stored.event.kind.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                return [show(stored.event.at), stored.event.kind.type.rawValue, stored.event.actor, fields.joined(separator: " ")]
            }
        )
        return lines.joined(separator: "\n")
    }
}
