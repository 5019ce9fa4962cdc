import ArgumentParser
import CaseWatchConfig
import CaseWatchCore
import CaseWatchDelivery
import Dispatch

/// `casewatch notify test <receiver>`: sends one test message to a receiver now, past the outbox, and says what
/// it answered, so a new webhook, robot or program is checked before a real escalation needs it.
struct NotifyTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Send a test message to one receiver of notify.yaml now and say what it answered.",
        discussion: """
            The message is worded like a warning (预警) of a case named TEST-<time> in category 测试, so that \
            nobody takes it for a real one. Secrets are read as the daemon reads them (environment variables \
            or mode-600 files). Nothing is written to the database.
            """
    )

    @Argument(help: "The receiver's name in notify.yaml.")
    var receiver: String

    @OptionGroup var policyOptions: PolicyOptions

    func run() throws {
        let set = try policyOptions.load(secrets: .system)
        guard let routing = set.notify else {
            throw CommandFailure("\(policyOptions.policies) has no notify.yaml (kind: notify); add one to name receivers (see the README's routing section)")
        }
        guard let target = routing.receivers[receiver] else {
            let names = routing.receivers.keys.sorted()
            throw CommandFailure("no receiver '\(receiver)' in notify.yaml; its receivers are: \(names.joined(separator: ", "))")
        }
        let now = WallClock.now()
        let notice = Notice(
            kind: .escalation, caseID: CaseID("TEST-\(now.secondsSinceEpoch)"), cycle: 1, unit: UnitID("test"), category: "测试",
            urgency: Urgency("urgent"), tier: .warning, action: .warn, dueAt: now, at: now, signoff: nil, next: nil
        )
        let job = DeliveryJob(
            idempotencyKey: "cw-test-\(now.secondsSinceEpoch)", deliveryIDs: [], receiver: target, notices: [notice],
            createdAt: now, attempts: 0
        )
        let renderer = MessageRenderer(baseURL: routing.baseURL, zone: set.displayZone) { $0 == UnitID("test") ? "测试单位" : nil }
        let result = AsyncResult.wait {
            let http = DeliveryHTTPClient()
            let result = await ChannelSender(http: http, renderer: renderer).send(job, now: now)
            try? await http.shutdown()
            return result
        }
        switch result {
        case let .sent(status):
            Console.line("sent to \(receiver) (\(target.channel.kind)): \(status.map { "HTTP \($0)" } ?? "the program exited 0")")
        case let .failed(status, error, _):
            throw CommandFailure("""
                \(receiver) (\(target.channel.kind)) did not take the test message: \(status.map { "HTTP \($0): " } ?? "")\(error); \
                check its url (or command) and secret in notify.yaml
                """)
        }
    }
}
