import ArgumentParser
import CaseWatchCore
import CaseWatchStore

/// `casewatch deliveries list`.
public struct DeliveriesListCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List deliveries, the newest first."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: "Only deliveries with this status: \(DeliveryStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: String?

    @Option(help: "Only deliveries to this receiver (its name in policies/notify.yaml).")
    var receiver: String?

    @Option(help: "At most this many (the newest).")
    var limit: Int = 100

    @Flag(help: "Print a JSON array of objects (id, notice_id, kind, case_id, tier, unit, receiver, status, attempts, …).")
    var json = false

    /// Creates the command.
    public init() {}

    /// Lists the deliveries.
    public func run() throws {
        let statusFilter = try status.map(DeliveryStatusArgument.parse)
        guard limit > 0 else { throw CommandFailure("--limit \(limit): give a positive number of deliveries") }
        let zone = try policyOptions.load().displayZone
        let store = try database.open()
        let rows = try store.read { try $0.deliveries(status: statusFilter, receiver: receiver, limit: limit) }
            .map { DeliveryRow($0, zone: zone) }
        if json {
            Console.line(try JSONOutput.encode(rows))
            return
        }
        guard !rows.isEmpty else {
            Console.line("no deliveries match")
            return
        }
        Console.line(TextTable.render(header: DeliveryRow.header, rows: rows.map(\.cells)).joined(separator: "\n"))
        Console.line("\(rows.count) deliver\(rows.count == 1 ? "y" : "ies")")
    }
}
