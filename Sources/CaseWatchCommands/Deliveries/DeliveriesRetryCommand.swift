import ArgumentParser
import CaseWatchCore
import CaseWatchStore

/// `casewatch deliveries retry`: put a failed or dead delivery (or every dead one) back to be sent now.
public struct DeliveriesRetryCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Send a failed or dead delivery again now, or every dead one with --dead.",
        discussion: """
            The delivery goes back to pending, due now; the daemon sends it on its next pass, under the same \
            idempotency key. A sent delivery is never sent again. Each retry is audited (delivery.retry, \
            delivery.retry_dead).
            """
    )

    @Argument(help: "The delivery's id, as in `casewatch deliveries list`.")
    var id: Int64?

    @Flag(help: "Retry every dead delivery instead of one.")
    var dead = false

    @OptionGroup var database: DatabaseOptions

    /// Creates the command.
    public init() {}

    /// Checks that one delivery or --dead is named.
    public func validate() throws {
        if id == nil && !dead { throw ValidationError("name a delivery id, or give --dead to retry every dead delivery") }
        if id != nil && dead { throw ValidationError("give a delivery id or --dead, not both") }
    }

    /// Retries.
    public func run() throws {
        let store = try database.open()
        let now = WallClock.now()
        guard let id else {
            let count = try store.write { writer in
                let count = try writer.retryDead(at: now)
                try writer.appendAudit(at: now, actor: StaffActor.current, action: "delivery.retry_dead", detail: AuditDetailText.json([
                    "deliveries": "\(count)",
                ]))
                return count
            }
            Console.line(count == 0 ? "no dead delivery to retry" : "\(count) dead deliver\(count == 1 ? "y" : "ies") put back to be sent now")
            return
        }
        let outcome = try store.write { writer -> Result<DeliveryStatus, CommandFailure> in
            guard let before = try writer.reader.delivery(id: id)?.0 else {
                return .failure(CommandFailure(
                    "no delivery \(id) in \(database.path); `casewatch deliveries list` shows the deliveries and their ids"
                ))
            }
            switch before.status {
            case .sent:
                let sent = before.sentAt.map { " at \(InstantFormatter.format($0, offsetSeconds: 0))" } ?? ""
                return .failure(CommandFailure("delivery \(id) was sent\(sent); a sent delivery is never sent again"))
            case .pending:
                let due = before.nextAttemptAt.map { ", due \(InstantFormatter.format($0, offsetSeconds: 0))" } ?? ""
                return .failure(CommandFailure("delivery \(id) is already pending\(due); nothing to retry"))
            case .failed, .dead:
                try writer.retry(id: id, at: now)
                try writer.appendAudit(at: now, actor: StaffActor.current, action: "delivery.retry", detail: AuditDetailText.json([
                    "delivery": "\(id)", "receiver": before.receiver, "was": before.status.rawValue, "case": before.notice.caseID.rawValue,
                ]))
                return .success(before.status)
            }
        }
        let was = try outcome.get()
        Console.line("delivery \(id) (\(was)) put back to be sent now")
    }
}
