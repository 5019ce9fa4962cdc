import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// The outbox's reads and writes that the delivery service relies on, on both backends: the earliest
/// attempt, due work without full lanes and attempts in flight, a group's members, the lists, what an
/// attempt records, the depth of the outbox, and a refused call that writes nothing.
@Suite struct OutboxDeliveryRulesTests {
    /// Records `outcome` for `deliveries`, attempted at `minutes` after t0 with `error` and `status`.
    static func record(
        _ f: OutboxFixture, _ outcome: DeliveryOutcome, _ deliveries: [Int64], minutes: Int64 = 1, latency: Int64 = 10,
        status: Int? = nil, error: String? = nil
    ) throws {
        let attempt = DeliveryAttempt(
            at: StoreFixtures.at(minutes), latencyMilliseconds: latency, httpStatus: status, error: error, outcome: outcome
        )
        try f.store.write { try $0.record(attempt, outcome: outcome, deliveries: deliveries) }
    }

    @Test(arguments: StoreBackend.allCases)
    func theEarliestAttemptIsOfADeliveryStillWaiting(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        #expect(try f.store.read { try $0.earliestDeliveryAttempt() } == nil)
        let ids = try f.enqueue([OutboxFixture.escalation(.warning), OutboxFixture.escalation(.overdue), OutboxFixture.escalation(.urge)])
        let second = try f.route(ids[0], to: ["office"], notBefore: 20)[0]
        let first = try f.route(ids[1], to: ["office"], notBefore: 10)[0]
        let third = try f.route(ids[2], to: ["office"], notBefore: 30)[0]
        #expect(try f.store.read { try $0.earliestDeliveryAttempt() } == StoreFixtures.at(10))
        try Self.record(f, .sent, [first])
        #expect(try f.store.read { try $0.earliestDeliveryAttempt() } == StoreFixtures.at(20), "a sent one waits no more")
        try Self.record(f, .dead(reason: "gone"), [second])
        #expect(try f.store.read { try $0.earliestDeliveryAttempt() } == StoreFixtures.at(30), "nor a dead one")
        try Self.record(f, .failed(retryAt: StoreFixtures.at(5)), [third])
        #expect(try f.store.read { try $0.earliestDeliveryAttempt() } == StoreFixtures.at(5), "a failed one waits for its retry")
    }

    @Test(arguments: StoreBackend.allCases)
    func dueDeliveriesLeaveOutFullLanesAndAttemptsInFlight(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let ids = try f.enqueue([OutboxFixture.escalation(.warning), OutboxFixture.escalation(.overdue), OutboxFixture.escalation(.urge)])
        let first = try f.route(ids[0], to: ["a", "b"])
        let (a1, b) = (first[0], first[1])
        let a2 = try f.route(ids[1], to: ["a"])[0]
        let c = try f.route(ids[2], to: ["c"])[0]
        func due(limit: Int = 100, receivers: Set<String> = [], ids: Set<Int64> = []) throws -> [Int64] {
            try f.store.read { try $0.dueDeliveries(at: StoreFixtures.t0, limit: limit, excludingReceivers: receivers, excludingIDs: ids) }
                .map(\.id)
        }
        #expect(try due() == [a1, b, a2, c], "due at the same instant: in id order")
        #expect(try due(receivers: ["a"]) == [b, c])
        #expect(try due(ids: [b, a2]) == [a1, c])
        #expect(try due(receivers: ["a", "c"], ids: [b]) == [])
        #expect(try due(limit: 2, receivers: ["a"]) == [b, c], "a full lane does not fill the page")
        #expect(try due(receivers: ["nobody"], ids: [999]) == [a1, b, a2, c])
    }

    @Test(arguments: StoreBackend.allCases)
    func aGroupsMembersAreTheWaitingDeliveriesOfOneReceiverAndKey(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let ids = try f.enqueue([
            OutboxFixture.escalation(.warning), OutboxFixture.escalation(.overdue), OutboxFixture.escalation(.urge),
            OutboxFixture.escalation(.notice), OutboxFixture.escalation(.leadership),
        ])
        let first = try f.route(ids[0], to: ["office", "robot"], group: "g")
        let failed = try f.route(ids[1], to: ["office"], group: "g")[0]
        _ = try f.route(ids[2], to: ["office"], group: "h")
        let sent = try f.route(ids[3], to: ["office"], group: "g")[0]
        try f.store.write { writer in
            try writer.route(
                notice: ids[4], deliveries: [PlannedDelivery(receiver: "office", urgent: true, notBefore: StoreFixtures.t0, groupKey: "g")],
                at: StoreFixtures.t0
            )
        }
        let urgent = try #require(try f.store.read { try $0.deliveries(limit: 1) }.first)
        #expect(urgent.noticeID == ids[4] && urgent.urgent && urgent.groupKey == nil, "an urgent delivery is never grouped")
        try Self.record(f, .failed(retryAt: StoreFixtures.at(5)), [failed])
        try Self.record(f, .sent, [sent])
        #expect(try f.store.read { try $0.groupMembers(receiver: "office", groupKey: "g") }.map(\.id) == [first[0], failed])
        #expect(try f.store.read { try $0.groupMembers(receiver: "robot", groupKey: "g") }.map(\.id) == [first[1]])
        #expect(try f.store.read { try $0.groupMembers(receiver: "office", groupKey: "none") }.isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func deliveriesAreListedByStatusAndReceiverTheNewestFirst(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let ids = try f.enqueue([OutboxFixture.escalation(.warning), OutboxFixture.escalation(.overdue)])
        let first = try f.route(ids[0], to: ["a", "b"])
        let second = try f.route(ids[1], to: ["a", "b"])
        try Self.record(f, .sent, [first[0], second[1]])
        func listed(_ status: DeliveryStatus? = nil, _ receiver: String? = nil, limit: Int = 100) throws -> [Int64] {
            try f.store.read { try $0.deliveries(status: status, receiver: receiver, limit: limit) }.map(\.id)
        }
        #expect(try listed() == [second[1], second[0], first[1], first[0]])
        #expect(try listed(limit: 3) == [second[1], second[0], first[1]])
        #expect(try listed(.sent) == [second[1], first[0]])
        #expect(try listed(nil, "a") == [second[0], first[0]])
        #expect(try listed(.pending, "a") == [second[0]])
        #expect(try listed(.dead) == [])
        #expect(try listed(nil, "nobody") == [])
    }

    @Test(arguments: StoreBackend.allCases)
    func anAttemptKeepsItsOwnErrorOrItsHTTPStatusForEveryMemberOfItsGroup(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let group = try f.route(try f.enqueue([OutboxFixture.escalation()])[0], to: ["a", "b"])
        try Self.record(f, .failed(retryAt: StoreFixtures.at(9)), group, latency: -5, status: 503, error: "connection refused")
        for id in group {
            let failed = try f.delivery(id)
            #expect(failed.status == .failed && failed.attempts == 1 && failed.nextAttemptAt == StoreFixtures.at(9))
            #expect(failed.lastError == "connection refused", "the attempt's own error, before its HTTP status")
            let (_, attempts) = try #require(try f.store.read { try $0.delivery(id: id) })
            #expect(attempts == [DeliveryAttempt(
                at: StoreFixtures.at(1), latencyMilliseconds: 0, httpStatus: 503, error: "connection refused",
                outcome: .failed(retryAt: StoreFixtures.at(9))
            )], "a clock stepping back records no negative latency")
        }
        try Self.record(f, .dead(reason: "too old"), [group[0]], minutes: 2)
        let dead = try f.delivery(group[0])
        #expect(dead.status == .dead && dead.deadReason == "too old" && dead.nextAttemptAt == nil && dead.attempts == 2)
        #expect(dead.lastError == nil, "no error and no HTTP status: none")
        #expect(try f.store.write { try $0.retry(id: group[0], at: StoreFixtures.at(3)) } == .dead)
        let revived = try f.delivery(group[0])
        #expect(revived.status == .pending && revived.deadReason == nil && revived.nextAttemptAt == StoreFixtures.at(3))
        try Self.record(f, .sent, [group[1]], minutes: 4, status: 204)
        let sent = try f.delivery(group[1])
        #expect(sent.status == .sent && sent.sentAt == StoreFixtures.at(4) && sent.lastError == nil && sent.nextAttemptAt == nil)
        #expect(sent.attempts == 2)
    }

    @Test(arguments: StoreBackend.allCases)
    func anAttemptOnADeliveryNotStoredWritesNothingAndTheTransactionGoesOn(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let id = try f.route(try f.enqueue([OutboxFixture.escalation()])[0], to: ["a"])[0]
        let attempt = DeliveryAttempt(at: StoreFixtures.at(1), latencyMilliseconds: 1, httpStatus: 200, outcome: .sent)
        try f.store.write { writer in
            #expect(throws: StoreError.self) { try writer.record(attempt, outcome: .sent, deliveries: [id, id + 1_000]) }
            #expect(try writer.reader.delivery(id: id)?.1.isEmpty == true, "the first member's attempt went with the refusal")
            let failed = DeliveryOutcome.failed(retryAt: StoreFixtures.at(9))
            try writer.record(DeliveryAttempt(at: StoreFixtures.at(2), latencyMilliseconds: 1, httpStatus: 500, outcome: failed), outcome: failed, deliveries: [id])
        }
        let (delivery, attempts) = try #require(try f.store.read { try $0.delivery(id: id) })
        #expect(delivery.status == .failed && delivery.attempts == 1 && delivery.lastError == "HTTP 500")
        #expect(attempts.map(\.outcome) == [.failed(retryAt: StoreFixtures.at(9))])
    }

    @Test(arguments: StoreBackend.allCases)
    func aRoutingTheDatabaseRefusesWritesNothingAndTheTransactionGoesOn(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let notice = try f.enqueue([OutboxFixture.escalation()])[0]
        let planned = { (receiver: String) in PlannedDelivery(receiver: receiver, urgent: false, notBefore: StoreFixtures.t0, groupKey: nil) }
        let created = try f.store.write { writer in
            // An empty receiver is refused by its row, after the first receiver's delivery was written.
            #expect(throws: StoreError.self) { try writer.route(notice: notice, deliveries: [planned("a"), planned("")], at: StoreFixtures.t0) }
            #expect(try writer.reader.hasUnroutedNotices(), "the notice was left unrouted")
            #expect(try writer.reader.deliveries(limit: 10).isEmpty)
            return try writer.route(notice: notice, deliveries: [planned("b")], at: StoreFixtures.at(1))
        }
        #expect(created == 1)
        #expect(try f.store.read { try $0.deliveries() }.map(\.receiver) == ["b"])
        #expect(try !f.store.read { try $0.hasUnroutedNotices() })
        #expect(throws: DeliveryRows.unknownNotice(notice + 1_000)) {
            try f.store.write { try $0.route(notice: notice + 1_000, deliveries: [planned("c")], at: StoreFixtures.t0) }
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func theOutboxCountsWhatWaitsAndWhenTheOldestWaitingWasCreated(_ backend: StoreBackend) throws {
        let f = try OutboxFixture(backend)
        let notices = try f.enqueue([
            OutboxFixture.escalation(.warning), OutboxFixture.escalation(.overdue), OutboxFixture.escalation(.urge),
            OutboxFixture.escalation(.notice),
        ])
        for (notice, (receiver, minutes)) in zip(notices, [("a", 5), ("b", 10), ("c", 2), ("d", 1)] as [(String, Int64)]) {
            try f.store.write { writer in
                try writer.route(
                    notice: notice, deliveries: [PlannedDelivery(receiver: receiver, urgent: true, notBefore: StoreFixtures.t0, groupKey: nil)],
                    at: StoreFixtures.at(minutes)
                )
            }
        }
        let ids = try f.store.read { try $0.deliveries() }.sorted { $0.receiver < $1.receiver }.map(\.id)
        try Self.record(f, .failed(retryAt: StoreFixtures.at(60)), [ids[0]])
        try Self.record(f, .dead(reason: "gone"), [ids[2]])
        try Self.record(f, .sent, [ids[3]])
        let depth = try f.store.read { try $0.outbox(at: StoreFixtures.at(30)) }
        #expect(depth.pending == 1 && depth.failed == 1 && depth.dead == 1)
        #expect(depth.oldestPendingCreatedAt == StoreFixtures.at(5), "a failed one still waits; the dead and the sent do not")
        try Self.record(f, .sent, [ids[0]])
        let after = try f.store.read { try $0.outbox(at: StoreFixtures.at(30)) }
        #expect(after.pending == 1 && after.failed == 0 && after.dead == 1 && after.oldestPendingCreatedAt == StoreFixtures.at(10))
    }
}
