import ArgumentParser
import CaseWatchCore
import CaseWatchStore

/// `casewatch audit list`: the audit entries, in chain order.
public struct AuditListCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List audit entries in chain order: when, who (actor), what (action) and the particulars."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "Only entries at or after this instant.")
    var since: String?

    @Option(help: "Only entries by this actor: a leader's id, casewatchd, or staff:<user>.")
    var actor: String?

    @Flag(help: "Print a JSON array of objects with seq, at, actor, action, detail, prev_hash and hash.")
    var json = false

    /// Creates the command.
    public init() {}

    /// Lists the entries.
    public func run() throws {
        let zone = try policyOptions.load().displayZone
        let sinceInstant = try since.map { try ArgumentReading.instant($0, option: "--since", zone: zone) }
        let store = try database.open()
        let rows = try store.read { try $0.auditEntries(since: sinceInstant, actor: actor) }.map { AuditRow($0, zone: zone) }
        if json {
            Console.line(try JSONOutput.encode(rows))
            return
        }
        guard !rows.isEmpty else {
            Console.line("no audit entries match")
            return
        }
        Console.line(TextTable.render(
            header: ["seq", "at", "actor", "action", "detail"],
            rows: rows.map { ["\($0.seq)", $0.at, $0.actor, $0.action, $0.detail] }
        ).joined(separator: "\n"))
        Console.line("\(rows.count) entr\(rows.count == 1 ? "y" : "ies")")
    }
}

/// One audit entry as printed.
struct AuditRow: Encodable {
    let seq: Int64
    let at: String
    let actor: String
    let action: String
    let detail: String
    let previousHash: String
    let hash: String

    enum CodingKeys: String, CodingKey {
        case seq, at, actor, action, detail, hash
        case previousHash = "prev_hash"
    }

    init(_ entry: AuditEntry, zone: ZoneRules) {
        seq = entry.seq
        at = InstantFormatter.format(entry.at, in: zone)
        actor = entry.actor
        action = entry.action
        detail = entry.detail
        previousHash = entry.previousHash
        hash = entry.hash
    }
}
