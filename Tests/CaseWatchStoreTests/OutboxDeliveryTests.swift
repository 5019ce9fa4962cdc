import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// Deliveries: routing is idempotent, due work comes oldest first, groups are fixed before their first
/// attempt, a sent delivery never changes again, and only failed or dead ones are retried.
@Suite struct OutboxDeliveryTests {
    @Test(arguments: StoreBackend.allCases)
    func routingTwiceOrNamingAReceiverTwiceCreatesOneDeliveryPerReceiver(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let id = try f.enqueue([OutboxFixture.escalation()])[0]
        let first = try f.route(id, to: ["office", "robot", "office"])
        #expect(first.count == 2)
        #expect(try f.store.read { try $0.unroutedNotices() }.isEmpty, "marked routed")
        let again = try f.store.write { writer in
            try writer.route(
                notice: id, deliveries: [PlannedDelivery(receiver: "third", urgent: true, notBefore: StoreFixtures.t0, groupKey: nil)],
                at: StoreFixtures.at(5)
            )
        }
        #expect(again == 0, "a routed notice is left alone")
        let stored = try f.store.read { try $0.deliveries() }
        #expect(Set(stored.map(\.receiver)) == ["office", "robot"])
        #expect(stored.allSatisfy { $0.status == .pending && $0.attempts == 0 && $0.nextAttemptAt == StoreFixtures.t0 })
        #expect(stored.allSatisfy { $0.notice == OutboxFixture.escalation() && $0.createdAt == StoreFixtures.t0 })
    }

    @Test(arguments: StoreBackend.allCases)
    func idempotencyKeysAreStableAndDistinct(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let ids = try f.enqueue([OutboxFixture.escalation(.warning), OutboxFixture.escalation(.overdue, minutes: 10)])
        let deliveries = try f.route(ids[0], to: ["office", "robot"]) + f.route(ids[1], to: ["office"])
        let keys = try deliveries.map { try f.delivery($0).idempotencyKey }
        #expect(Set(keys).count == 3)
        #expect(keys.allSatisfy { $0.hasPrefix("cw1-") && $0.count == 36 })
        let notice = OutboxFixture.escalation(.warning)
        #expect(keys[0] == IdempotencyKey.make(noticeID: ids[0], notice: notice, receiver: "office"))
    }

    @Test(arguments: StoreBackend.allCases)
    func dueDeliveriesAreThoseWaitingWhoseAttemptIsDueTheEarliestFirst(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let ids = try f.enqueue([OutboxFixture.escalation(.warning), OutboxFixture.escalation(.overdue), OutboxFixture.escalation(.urge)])
        let late = try f.route(ids[0], to: ["office"], notBefore: 20)[0]
        let early = try f.route(ids[1], to: ["office"], notBefore: 10)[0]
        let sent = try f.route(ids[2], to: ["office"], notBefore: 0)[0]
        try f.store.write { try $0.record(DeliveryAttempt(at: StoreFixtures.t0, latencyMilliseconds: 5, httpStatus: 200, outcome: .sent), outcome: .sent, deliveries: [sent]) }
        #expect(try f.store.read { try $0.dueDeliveries(at: StoreFixtures.at(9)) }.isEmpty)
        #expect(try f.store.read { try $0.dueDeliveries(at: StoreFixtures.at(10)) }.map(\.id) == [early])
        #expect(try f.store.read { try $0.dueDeliveries(at: StoreFixtures.at(60)) }.map(\.id) == [early, late])
        #expect(try f.store.read { try $0.dueDeliveries(at: StoreFixtures.at(60), limit: 1) }.map(\.id) == [early])
    }

    @Test(arguments: StoreBackend.allCases)
    func aGroupsMembersAreFixedBeforeItsFirstAttemptUnderItsSmallestID(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let ids = try f.enqueue([OutboxFixture.escalation(.warning), OutboxFixture.escalation(.overdue), OutboxFixture.escalation(.urge)])
        let a = try f.route(ids[0], to: ["office"], group: "office|escalation|warning")[0]
        let b = try f.route(ids[1], to: ["office"], group: "office|escalation|warning")[0]
        _ = try f.route(ids[2], to: ["office"], group: "office|escalation|urge")
        let members = try f.store.read { try $0.groupMembers(receiver: "office", groupKey: "office|escalation|warning") }
        #expect(members.map(\.id) == [a, b])
        let batch = try f.store.write { try $0.assignBatch([b, a]) }
        #expect(batch == a)
        #expect(try f.delivery(a).batchID == a && f.delivery(b).batchID == a)
        // A later member does not move the fixed ones to another batch.
        #expect(try f.store.write { try $0.assignBatch([b]) } == b)
        #expect(try f.delivery(b).batchID == a)
        f.scratch.expectRefusal("UPDATE deliveries SET batch_id = 99 WHERE id = \(a)", saying: "deliveries: a delivery's batch is fixed once assigned")
        #expect(throws: StoreError.self) { try f.store.write { try $0.assignBatch([]) } }
    }

    @Test(arguments: StoreBackend.allCases)
    func aFailedAttemptSchedulesARetryAndASentDeliveryNeverChangesAgain(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let id = try f.route(try f.enqueue([OutboxFixture.escalation()])[0], to: ["office"])[0]
        let retryAt = StoreFixtures.at(3)
        try f.store.write {
            try $0.record(
                DeliveryAttempt(at: StoreFixtures.at(1), latencyMilliseconds: 120, httpStatus: 500, outcome: .failed(retryAt: retryAt)),
                outcome: .failed(retryAt: retryAt), deliveries: [id]
            )
        }
        let failed = try f.delivery(id)
        #expect(failed.status == .failed && failed.attempts == 1 && failed.nextAttemptAt == retryAt && failed.lastError == "HTTP 500")
        #expect(try f.store.read { try $0.dueDeliveries(at: StoreFixtures.at(2)) }.isEmpty)
        #expect(try f.store.read { try $0.dueDeliveries(at: retryAt) }.map(\.id) == [id])
        try f.store.write {
            try $0.record(DeliveryAttempt(at: StoreFixtures.at(3), latencyMilliseconds: 80, httpStatus: 200, outcome: .sent), outcome: .sent, deliveries: [id])
        }
        let sent = try f.delivery(id)
        #expect(sent.status == .sent && sent.attempts == 2 && sent.sentAt == StoreFixtures.at(3) && sent.nextAttemptAt == nil)
        #expect(try f.store.read { try $0.dueDeliveries(at: StoreFixtures.at(1_000)) }.isEmpty, "never sent again")
        // A later attempt on it (a duplicate send) is recorded but changes nothing.
        try f.store.write {
            try $0.record(
                DeliveryAttempt(at: StoreFixtures.at(4), latencyMilliseconds: 1, error: "timeout", outcome: .dead(reason: "x")),
                outcome: .dead(reason: "x"), deliveries: [id]
            )
        }
        #expect(try f.delivery(id) == sent)
        #expect(try f.store.write { try $0.retry(id: id, at: StoreFixtures.at(5)) } == .sent)
        #expect(try f.delivery(id) == sent)
        f.scratch.expectRefusal("UPDATE deliveries SET attempts = 9 WHERE id = \(id)", saying: "deliveries: a sent delivery never changes again")
        f.scratch.expectRefusal("DELETE FROM deliveries WHERE id = \(id)", saying: "deliveries: a delivery cannot be deleted; it ends sent or dead")
        let (_, attempts) = try #require(try f.store.read { try $0.delivery(id: id) })
        #expect(attempts.map(\.outcome) == [.failed(retryAt: retryAt), .sent, .dead(reason: "x")])
        #expect(attempts.map(\.httpStatus) == [500, 200, nil] && attempts.map(\.latencyMilliseconds) == [120, 80, 1])
        f.scratch.expectRefusal("DELETE FROM delivery_attempts", saying: "delivery_attempts is append-only: an attempt cannot be deleted")
        f.scratch.expectRefusal(
            "UPDATE delivery_attempts SET latency_ms = 0", saying: "delivery_attempts is append-only: an attempt cannot be changed; record a new one instead"
        )
    }

    @Test(arguments: StoreBackend.allCases)
    func onlyFailedAndDeadDeliveriesAreRetriedAndTheDeadAllAtOnce(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let ids = try f.enqueue([OutboxFixture.escalation(.warning), OutboxFixture.escalation(.overdue)])
        let deliveries = try f.route(ids[0], to: ["a", "b", "c"]) + f.route(ids[1], to: ["a"])
        let dead = DeliveryOutcome.dead(reason: "no 2xx from a in 24h; last: HTTP 500")
        try f.store.write { writer in
            try writer.record(DeliveryAttempt(at: StoreFixtures.at(1), latencyMilliseconds: 3, httpStatus: 500, outcome: dead), outcome: dead, deliveries: [deliveries[0], deliveries[3]])
            let failed = DeliveryOutcome.failed(retryAt: StoreFixtures.at(60))
            try writer.record(DeliveryAttempt(at: StoreFixtures.at(1), latencyMilliseconds: 3, error: "connection refused", outcome: failed), outcome: failed, deliveries: [deliveries[1]])
        }
        let depth = try f.store.read { try $0.outbox(at: StoreFixtures.at(10)) }
        #expect(depth.pending == 1 && depth.failed == 1 && depth.dead == 2 && depth.oldestPendingCreatedAt == StoreFixtures.t0)
        #expect(try f.delivery(deliveries[0]).deadReason == "no 2xx from a in 24h; last: HTTP 500")
        #expect(try f.store.read { try $0.dueDeliveries(at: StoreFixtures.at(1_000)) }.map(\.id).sorted() == [deliveries[1], deliveries[2]])
        let now = StoreFixtures.at(20)
        #expect(try f.store.write { try $0.retry(id: deliveries[1], at: now) } == .failed)
        #expect(try f.store.write { try $0.retry(id: deliveries[2], at: now) } == .pending)
        #expect(try f.delivery(deliveries[2]).nextAttemptAt == StoreFixtures.t0, "a pending one is left as it is")
        #expect(try f.store.write { try $0.retry(id: 999, at: now) } == nil)
        let retried = try f.delivery(deliveries[1])
        #expect(retried.status == .pending && retried.nextAttemptAt == now && retried.attempts == 1)
        #expect(try f.store.write { try $0.retryDead(at: now) } == 2)
        #expect(try f.store.write { try $0.retryDead(at: now) } == 0)
        let revived = try f.delivery(deliveries[0])
        #expect(revived.status == .pending && revived.deadReason == nil && revived.nextAttemptAt == now && revived.attempts == 1)
        let after = try f.store.read { try $0.outbox(at: now) }
        #expect(after.pending == 4 && after.failed == 0 && after.dead == 0)
        #expect(try f.store.read { try $0.deliveries(status: .pending, receiver: "a") }.map(\.id) == [deliveries[3], deliveries[0]], "newest first")
    }

    @Test(arguments: StoreBackend.allCases)
    func anEmptyOutboxHasNoOldestPending(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let depth = try f.store.read { try $0.outbox(at: StoreFixtures.t0) }
        #expect(depth.pending == 0 && depth.failed == 0 && depth.dead == 0 && depth.oldestPendingCreatedAt == nil)
        #expect(try f.store.read { try $0.delivery(id: 1) } == nil)
    }
}
