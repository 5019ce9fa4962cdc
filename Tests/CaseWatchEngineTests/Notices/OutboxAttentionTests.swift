import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Testing

/// The daemon's follow read is what wakes the deliveries (they keep no poll of their own): it says the outbox
/// needs attention exactly when a notice waits to be routed or a delivery is due.
@Suite struct OutboxAttentionTests {
    typealias F = ReplayFixture

    @Test func theFollowReadSeesANoticeToRouteAndADeliveryFallingDueAndNothingElse() throws {
        let f = try F()
        var supervisor = try SupervisorNoticeTests.started(f)
        let quiet = try f.at("2026-10-12T10:00")
        try supervisor.followLog(outboxAt: quiet)
        #expect(!supervisor.outboxNeedsAttention, "no notice yet, nothing due")

        _ = try supervisor.advance(to: f.at("2026-10-18T00:00"))  // the warning fires: its notice waits
        try supervisor.followLog(outboxAt: quiet)
        #expect(supervisor.outboxNeedsAttention, "a notice waits to be routed")

        // Routed into a delivery due only the next morning: nothing to do before then, something after.
        let (id, _) = try #require(try f.store.read { try $0.unroutedNotices(limit: 10) }.first)
        let morning = try f.at("2026-10-19T09:00")
        try f.store.write { writer in
            _ = try writer.route(notice: id, deliveries: [PlannedDelivery(receiver: "office", urgent: false, notBefore: morning, groupKey: nil)], at: quiet)
            for (other, _) in try writer.reader.unroutedNotices(limit: 10) { _ = try writer.route(notice: other, deliveries: [], at: quiet) }
        }
        try supervisor.followLog(outboxAt: f.at("2026-10-19T08:59:59"))
        #expect(!supervisor.outboxNeedsAttention, "the delivery is not due yet")
        try supervisor.followLog(outboxAt: morning)
        #expect(supervisor.outboxNeedsAttention, "the delivery falls due")
        try supervisor.followLog()
        #expect(!supervisor.outboxNeedsAttention, "a follow read that does not look says nothing")
    }
}
