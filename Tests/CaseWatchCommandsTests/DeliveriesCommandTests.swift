import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// `casewatch deliveries list|show|retry` and the outbox in `casewatch status`, on the sign-off fixture's
/// notices (three cases escalated up to the leadership tier) routed to two receivers.
@Suite struct DeliveriesCommandTests {
    let f: SignoffFixture
    /// Deliveries by what the setup did to them.
    let sent: Int64, failed: Int64, dead: Int64

    init() throws {
        f = try SignoffFixture()
        let store = try f.store()
        let routedAt = try f.at("2026-10-23T18:00")
        let notices = try store.read { try $0.unroutedNotices(limit: 1_000) }
        precondition(notices.count == 15, "\(notices.count) notices")
        try store.write { writer in
            for (id, notice) in notices {
                var planned = [PlannedDelivery(receiver: "office", urgent: false, notBefore: routedAt, groupKey: nil)]
                if notice.kind == .signoffRequested {
                    planned.append(PlannedDelivery(receiver: "leaders", urgent: true, notBefore: routedAt, groupKey: nil))
                }
                try writer.route(notice: id, deliveries: planned, at: routedAt)
            }
        }
        let ids = try store.read { try $0.deliveries(limit: 1_000) }.map(\.id).sorted()
        (sent, failed, dead) = (ids[0], ids[1], ids[2])
        let at = try f.at("2026-10-23T18:01")
        try store.write { writer in
            try writer.record(DeliveryAttempt(at: at, latencyMilliseconds: 42, httpStatus: 200, outcome: .sent), outcome: .sent, deliveries: [sent])
            let retry = DeliveryOutcome.failed(retryAt: at.adding(seconds: 60))
            try writer.record(DeliveryAttempt(at: at, latencyMilliseconds: 10_000, error: "timed out after 10 s", outcome: retry), outcome: retry, deliveries: [failed])
            let given = DeliveryOutcome.dead(reason: "no 2xx from office in 24h; last: HTTP 500")
            try writer.record(DeliveryAttempt(at: at, latencyMilliseconds: 7, httpStatus: 500, outcome: given), outcome: given, deliveries: [dead])
        }
    }

    func deliveries(_ arguments: [String]) throws -> CommandResult {
        try f.run(["deliveries"] + arguments + ["--policies", CommandHarness.policies])
    }

    @Test func theListShowsEveryDeliveryAndFiltersByStatusAndReceiver() throws {
        let all = try deliveries(["list"])
        #expect(all.exitCode == 0, "\(all.err)")
        #expect(all.out.contains("18 deliveries"), "\(all.out)")
        let deadOnes = try deliveries(["list", "--status", "dead"])
        #expect(deadOnes.out.contains("1 delivery") && deadOnes.out.contains("dead"), "\(deadOnes.out)")
        let json = try deliveries(["list", "--receiver", "leaders", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0["receiver"] as? String == "leaders" && $0["kind"] as? String == "signoff_requested" && $0["urgent"] as? Bool == true })
        #expect(rows.allSatisfy { ($0["idempotency_key"] as? String)?.hasPrefix("cw1-") == true && $0["status"] as? String == "pending" })
        let none = try deliveries(["list", "--status", "sent", "--receiver", "leaders"])
        #expect(none.exitCode == 0 && none.out.contains("no deliveries match"))
    }

    @Test func aBadStatusIsRefusedNamingTheStatuses() throws {
        let result = try deliveries(["list", "--status", "delivered"])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("--status 'delivered' is not a delivery status: use one of pending, sent, failed, dead"), "\(result.err)")
    }

    @Test func showPrintsTheDeliveryItsNoticeAndEveryAttempt() throws {
        let text = try deliveries(["show", "\(failed)"])
        #expect(text.exitCode == 0, "\(text.err)")
        #expect(text.out.contains("delivery \(failed) to office: failed"), "\(text.out)")
        #expect(text.out.contains("escalation of case"), "\(text.out)")
        #expect(text.out.contains("1 attempt:") && text.out.contains("timed out after 10 s") && text.out.contains("10000 ms"), "\(text.out)")
        let json = try deliveries(["show", "\(dead)", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let attempts = try #require(object["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1 && attempts[0]["http_status"] as? Int == 500 && attempts[0]["outcome"] as? String == "dead")
        #expect((object["delivery"] as? [String: Any])?["dead_reason"] as? String == "no 2xx from office in 24h; last: HTTP 500")
        #expect((object["notice"] as? [String: Any])?["category"] as? String == "sanitation.garbage")
    }

    @Test func anUnknownDeliveryIsRefusedWithWhereToLook() throws {
        for arguments in [["deliveries", "show", "9999", "--policies", CommandHarness.policies], ["deliveries", "retry", "9999"]] {
            let result = try f.run(arguments)
            #expect(result.exitCode != 0)
            #expect(result.err.contains("no delivery 9999 in \(f.db); `casewatch deliveries list` shows the deliveries and their ids"), "\(result.err)")
        }
    }

    @Test func aRetryPutsAFailedOrDeadDeliveryBackAndIsAudited() throws {
        let retried = try f.run(["deliveries", "retry", "\(dead)"])
        #expect(retried.exitCode == 0, "\(retried.err)")
        #expect(retried.out.contains("delivery \(dead) (dead) put back to be sent now"))
        let now = try f.at(SignoffFixture.defaultNow)
        let after = try #require(try f.store().read { try $0.delivery(id: dead) }).0
        #expect(after.status == .pending && after.nextAttemptAt == now && after.deadReason == nil)
        let audit = try #require(try f.store().read { try $0.auditEntries() }.last)
        #expect(audit.action == "delivery.retry" && audit.actor.hasPrefix("staff:"))
        #expect(audit.detail.contains("\"delivery\":\"\(dead)\"") && audit.detail.contains("\"was\":\"dead\""), "\(audit.detail)")
        #expect(try f.run(["deliveries", "retry", "\(failed)"]).exitCode == 0)
    }

    @Test func aSentOrPendingDeliveryIsNotRetried() throws {
        let sentOne = try f.run(["deliveries", "retry", "\(sent)"])
        #expect(sentOne.exitCode != 0)
        #expect(sentOne.err.contains("delivery \(sent) was sent at") && sentOne.err.contains("a sent delivery is never sent again"), "\(sentOne.err)")
        let pending = try f.run(["deliveries", "retry", "\(dead + 1)"])
        #expect(pending.exitCode != 0 && pending.err.contains("is already pending"), "\(pending.err)")
        #expect(try f.store().read { try $0.auditEntries() }.allSatisfy { !$0.action.hasPrefix("delivery.") })
    }

    @Test func retryDeadPutsEveryDeadOneBackAndNeedsAnIdOrTheFlag() throws {
        let result = try f.run(["deliveries", "retry", "--dead"])
        #expect(result.exitCode == 0 && result.out.contains("1 dead delivery put back to be sent now"), "\(result.out)\(result.err)")
        #expect(try f.store().read { try $0.auditEntries() }.last?.action == "delivery.retry_dead")
        #expect(try f.run(["deliveries", "retry", "--dead"]).out.contains("no dead delivery to retry"))
        let neither = try f.run(["deliveries", "retry"])
        #expect(neither.exitCode != 0 && neither.err.contains("name a delivery id, or give --dead"), "\(neither.err)")
        let both = try f.run(["deliveries", "retry", "\(dead)", "--dead"])
        #expect(both.exitCode != 0 && both.err.contains("not both"), "\(both.err)")
    }

    @Test func statusShowsTheOutboxDepthAndTheOldestPendingAge() throws {
        let text = try f.run(["status"], at: "2026-10-23T18:30")
        #expect(text.exitCode == 0, "\(text.err)")
        #expect(text.out.contains("outbox: 16 waiting (0 notices to route, 15 pending, 1 failed), 1 dead; oldest pending 30"), "\(text.out)")
        #expect(text.out.contains("`casewatch deliveries list --status dead`"))
        let json = try f.run(["status", "--json"], at: "2026-10-23T18:30")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["outbox_pending"] as? Int == 15 && object["outbox_failed"] as? Int == 1 && object["outbox_dead"] as? Int == 1)
        #expect(object["outbox_depth"] as? Int == 16 && object["oldest_pending_age_seconds"] as? Int == 1_800)
    }
}
