import CaseWatchCore
import CaseWatchDelivery
import CaseWatchStore
import CaseWatchTesting
import ServiceLifecycleTestKit
import Testing

/// The daemon's delivery service end to end in process: a real store, local receivers on 127.0.0.1. A standby
/// (never activated) sends nothing; once activated a notice written and announced reaches its receiver and is
/// recorded sent; a new routing sends later notices to its receivers; a graceful shutdown stops it.
@Suite(.timeLimit(.minutes(3))) struct DeliveryServiceTests {
    /// The service over `outbox` routing every notice to `receivers`, polling only once an hour: progress
    /// comes from ``DeliveryService/noticesWritten()`` and ``DeliveryService/update(_:)``.
    private func service(
        _ outbox: OutboxStore, _ receivers: [NotifyReceiver], http: DeliveryHTTPClient, log: LogCapture,
        clock: ManualClock = ManualClock(DeliveryFixtures.now), poll: Duration = .seconds(3_600)
    ) -> DeliveryService {
        DeliveryService(
            store: outbox.store, routing: Self.routing(receivers), http: http,
            limits: DispatchLimits(pollInterval: poll), logger: log.logger(), now: { clock.now })
    }

    private static func routing(_ receivers: [NotifyReceiver]) -> DeliveryRouting {
        DeliveryRouting(routing: OutboxStore.routing(receivers), calendar: nil, renderer: DeliveryFixtures.renderer())
    }

    private func status(_ outbox: OutboxStore, receiver: String) throws -> [DeliveryStatus] {
        try outbox.deliveries().filter { $0.receiver == receiver }.map(\.status)
    }

    @Test func aStandbyNeverSendsAndOnceActivatedTheNoticeArrivesAndIsRecordedSent() async throws {
        try await ChannelHarness.withReceiver { local in
            let outbox = try OutboxStore()
            let http = DeliveryHTTPClient()
            defer { Task { try? await http.shutdown() } }
            let receivers = [OutboxStore.webhook("centre", url: local.url())]
            try outbox.enqueue(try outbox.escalation("C-1", urgency: "urgent"))

            // A standby: told of notices, never activated, shut down.
            let standbyLog = LogCapture()
            let standby = service(outbox, receivers, http: http, log: standbyLog)
            try await testGracefulShutdown { trigger in
                async let running: Void = standby.run()
                standby.noticesWritten()
                standby.noticesWritten()
                trigger.triggerGracefulShutdown()
                try await running
            }
            #expect(standbyLog.lines("delivery dispatcher started").isEmpty, "a standby started its dispatcher")
            #expect(local.requests.isEmpty)
            #expect(try outbox.unrouted() == 1, "a standby routed the outbox")

            // The daemon that holds the lock: activated, it routes and sends.
            let log = LogCapture()
            let active = service(outbox, receivers, http: http, log: log)
            try await testGracefulShutdown { trigger in
                async let running: Void = active.run()
                active.activate()
                let requests = await local.requests(count: 1)
                let delivery = try #require(try outbox.deliveries().first)
                #expect(requests.first?.header("X-CaseWatch-Delivery") == delivery.idempotencyKey)
                #expect(try await eventually { try status(outbox, receiver: "centre") == [.sent] })

                // A notice written after it started reaches the receiver on the wake, not at a poll (hourly here).
                try outbox.enqueue(try outbox.escalation("C-2", urgency: "urgent"))
                active.noticesWritten()
                let both = await local.requests(count: 2)
                #expect(both.count == 2)
                #expect(try await eventually { try status(outbox, receiver: "centre") == [.sent, .sent] })
                trigger.triggerGracefulShutdown()
                try await running
            }
            #expect(log.lines("delivery dispatcher stopped").count == 1)
            let keys = local.requests.compactMap { $0.header("X-CaseWatch-Delivery") }
            #expect(Set(keys) == Set(try outbox.deliveries().map(\.idempotencyKey)) && keys.count == 2)
        }
    }

    @Test func aNewRoutingSendsLaterNoticesToItsReceivers() async throws {
        let old = try await LocalReceiver.start()
        let new = try await LocalReceiver.start()
        let outbox = try OutboxStore()
        let http = DeliveryHTTPClient()
        let log = LogCapture()
        let service = service(outbox, [OutboxStore.webhook("old", url: old.url())], http: http, log: log)
        try await testGracefulShutdown { trigger in
            async let running: Void = service.run()
            service.activate()
            try outbox.enqueue(try outbox.escalation("C-1", urgency: "urgent"))
            service.noticesWritten()
            _ = await old.requests(count: 1)
            #expect(try await eventually { try status(outbox, receiver: "old") == [.sent] })

            // A reload: the old receiver is gone, a new one takes every notice.
            service.update(Self.routing([OutboxStore.webhook("new", url: new.url())]))
            try outbox.enqueue(try outbox.escalation("C-2", urgency: "urgent"))
            service.noticesWritten()
            let arrived = await new.requests(count: 1)
            #expect(arrived.first?.text.contains("C-2") == true)
            #expect(try await eventually { try status(outbox, receiver: "new") == [.sent] })
            trigger.triggerGracefulShutdown()
            try await running
        }
        #expect(old.requests.count == 1, "the old receiver got a notice routed after the reload")
        #expect(new.requests.count == 1)
        #expect(try outbox.deliveries().map(\.receiver) == ["old", "new"])
        try await http.shutdown()
        try await old.shutdown()
        try await new.shutdown()
    }

    @Test func anAttemptInFlightAtShutdownIsResentUnderTheSameKeyByTheNextStart() async throws {
        // The first attempt hangs (the receiver answers after ten minutes); every later one is answered at once.
        try await ChannelHarness.withReceiver(script: [.delay(600, then: .ok())]) { local in
            let outbox = try OutboxStore()
            let http = DeliveryHTTPClient()
            let receivers = [NotifyReceiver(
                name: "centre", channel: .webhook(url: local.url(), secret: nil, headers: [:]), timeoutSeconds: 300)]
            try outbox.enqueue(try outbox.escalation("C-1", urgency: "urgent"))

            let first = service(outbox, receivers, http: http, log: LogCapture())
            try await testGracefulShutdown { trigger in
                async let running: Void = first.run()
                first.activate()
                _ = await local.requests(count: 1)
                trigger.triggerGracefulShutdown()
                try await running
            }
            #expect(try outbox.deliveries().map(\.status) == [.pending], "an attempt cut short must stay due")
            #expect(try outbox.delivery(try #require(outbox.deliveries().first).id).1.isEmpty, "no attempt is recorded for it")

            let next = service(outbox, receivers, http: http, log: LogCapture())
            try await testGracefulShutdown { trigger in
                async let running: Void = next.run()
                next.activate()
                let requests = await local.requests(count: 2)
                #expect(try await eventually { try status(outbox, receiver: "centre") == [.sent] })
                let keys = requests.compactMap { $0.header("X-CaseWatch-Delivery") }
                let stored = try outbox.deliveries()[0].idempotencyKey
                #expect(keys.count == 2 && Set(keys) == [stored], "\(keys)")
                trigger.triggerGracefulShutdown()
                try await running
            }
            try await http.shutdown()
        }
    }

    @Test func groupedNoticesWaitTheirGroupWaitAndArriveAsOneMessage() async throws {
        try await ChannelHarness.withReceiver { local in
            let outbox = try OutboxStore()
            let http = DeliveryHTTPClient()
            let clock = ManualClock(DeliveryFixtures.now)
            let office = NotifyReceiver(
                name: "office", channel: .webhook(url: local.url(), secret: nil, headers: [:]), groupWaitSeconds: 300, timeoutSeconds: 5)
            // Polling every 20 ms of real time: the group falls due when the manual clock is moved, not by a wake.
            let service = service(outbox, [office], http: http, log: LogCapture(), clock: clock, poll: .milliseconds(20))
            try await testGracefulShutdown { trigger in
                async let running: Void = service.run()
                service.activate()
                for n in 1...3 { try outbox.enqueue(try outbox.escalation("C-\(n)")) }
                service.noticesWritten()
                #expect(try await eventually { try outbox.deliveries().count == 3 })
                let deliveries = try outbox.deliveries()
                #expect(deliveries.allSatisfy { $0.notBefore == DeliveryFixtures.now.adding(seconds: 300) && $0.groupKey != nil })
                #expect(local.requests.isEmpty, "sent before its group wait")

                clock.move(seconds: 300)
                let requests = await local.requests(count: 1)
                #expect(try await eventually { try status(outbox, receiver: "office") == [.sent, .sent, .sent] })
                #expect(requests.count == 1 && local.requests.count == 1, "the group should arrive as one message")
                #expect(requests.first?.header("X-CaseWatch-Delivery") == deliveries[0].idempotencyKey + "-g")
                let body = requests.first?.text ?? ""
                #expect(body.contains("C-1") && body.contains("C-2") && body.contains("C-3"), "\(body)")
                trigger.triggerGracefulShutdown()
                try await running
            }
            try await http.shutdown()
        }
    }
}
