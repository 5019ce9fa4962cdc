import ArgumentParser
import CaseWatchCore
import CaseWatchStore

/// `casewatch deliveries show`: one delivery, its notice and every attempt.
public struct DeliveriesShowCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a delivery: its receiver, status, the notice it carries and every attempt to send it."
    )

    @Argument(help: "The delivery's id, as in `casewatch deliveries list`.")
    var id: Int64

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Flag(help: "Print one JSON object: delivery, notice and attempts.")
    var json = false

    /// Creates the command.
    public init() {}

    /// The JSON object.
    struct Report: Encodable {
        let delivery: DeliveryRow
        let notice: NoticeSummary
        let attempts: [DeliveryAttemptRow]
    }

    /// Prints the delivery.
    public func run() throws {
        let zone = try policyOptions.load().displayZone
        let store = try database.open()
        guard let (delivery, attempts) = try store.read({ try $0.delivery(id: id) }) else {
            throw CommandFailure("no delivery \(id) in \(database.path); `casewatch deliveries list` shows the deliveries and their ids")
        }
        let report = Report(
            delivery: DeliveryRow(delivery, zone: zone), notice: NoticeSummary(delivery.notice, zone: zone),
            attempts: attempts.map { DeliveryAttemptRow($0, zone: zone) }
        )
        if json {
            Console.line(try JSONOutput.encode(report))
            return
        }
        for line in lines(report) { Console.line(line) }
    }

    private func lines(_ report: Report) -> [String] {
        let row = report.delivery
        var lines = [
            "delivery \(row.id) to \(row.receiver)\(row.urgent ? " (urgent)" : ""): \(row.status)",
            "  key: \(row.idempotencyKey)",
            "  created: \(row.createdAt), not before \(row.notBefore)",
        ]
        if let group = row.groupKey { lines.append("  group: \(group)" + (row.batchID.map { ", batch \($0)" } ?? "")) }
        if let sent = row.sentAt { lines.append("  sent: \(sent)") }
        if let next = row.nextAttemptAt { lines.append("  next attempt: \(next)") }
        if let reason = row.deadReason { lines.append("  given up: \(reason)") }
        lines.append("notice \(row.noticeID): " + report.notice.text)
        guard !report.attempts.isEmpty else {
            lines.append("no attempt yet")
            return lines
        }
        lines.append("\(report.attempts.count) attempt\(report.attempts.count == 1 ? "" : "s"):")
        lines += TextTable.render(
            header: DeliveryAttemptRow.header,
            rows: report.attempts.enumerated().map { $0.element.cells(number: $0.offset + 1) }
        ).map { "  " + $0 }
        return lines
    }
}
