import CaseWatchCore
import CaseWatchDelivery
import CaseWatchEngine
import CaseWatchTesting
import ServiceLifecycleTestKit
import Testing

@Suite(.timeLimit(.minutes(5))) struct DeliveryDispatcherTests {
    /// Runs a dispatcher over `queue` on `clock` (polling only once an hour: progress comes from wakes and ended
    /// attempts), hands it to `body`, then stops it.
    private func withDispatcher(
        _ queue: InMemoryDeliveryQueue, clock: ManualClock,
        limits: DispatchLimits = DispatchLimits(perReceiver: 1, overall: 8, pollInterval: .seconds(3_600)),
        log: LogCapture = LogCapture(), environment: [String: String] = [:],
        _ body: (DeliveryDispatcher) async throws -> Void
    ) async throws {
        let http = DeliveryHTTPClient()
        let sender = ChannelSender(http: http, renderer: DeliveryFixtures.renderer(), secrets: SecretResolver(environment: environment))
        let dispatcher = DeliveryDispatcher(
            queue: queue, sender: sender, schedule: RetrySchedule(baseSeconds: 10, capSeconds: 3_600) { $0.upperBound },
            limits: limits, logger: log.logger(), now: { clock.now })
        let running = Task { await dispatcher.run() }
        do {
            try await body(dispatcher)
        } catch {
            running.cancel()
            await running.value
            try? await http.shutdown()
            throw error
        }
        running.cancel()
        await running.value
        try await http.shutdown()
    }

    private func webhook(_ name: String, _ url: String, timeout: Int64 = 5) -> NotifyReceiver {
        DeliveryFixtures.receiver(name, .webhook(url: url, secret: nil, headers: [:]), timeout: timeout)
    }

    @Test func aFailingReceiverGetsTheDeliveryOnceItRecoversWithTheSameKey() async throws {
        try await ChannelHarness.withReceiver(script: [.status(500, body: "down"), .retryAfter(429, "120")]) { local in
            let clock = ManualClock(DeliveryFixtures.now)
            let queue = InMemoryDeliveryQueue([DeliveryFixtures.job(webhook("flaky", local.url()), key: "k-1")])
            try await withDispatcher(queue, clock: clock) { dispatcher in
                let first = await queue.records(of: "k-1", count: 1)
                #expect(first[0].result.httpStatus == 500)
                #expect(first[0].result.error == "down")
                #expect(first[0].result.outcome == .failed(retryAt: DeliveryFixtures.now.adding(seconds: 10)))

                clock.move(seconds: 10)
                dispatcher.wake()
                let second = await queue.records(of: "k-1", count: 2)
                // The receiver asked for two minutes; the backoff (20 s) is shorter, so its wish wins.
                #expect(second[1].result.outcome == .failed(retryAt: DeliveryFixtures.now.adding(seconds: 130)))

                clock.move(seconds: 119)
                dispatcher.wake()
                clock.move(seconds: 1)
                dispatcher.wake()
                let third = await queue.records(of: "k-1", count: 3)
                #expect(third[2].result.outcome == .sent)
                #expect(third[2].result.httpStatus == 200)
            }
            let requests = local.requests
            #expect(requests.count == 3)
            #expect(Set(requests.compactMap { $0.header("X-CaseWatch-Delivery") }) == ["k-1"])
            #expect(requests.compactMap { $0.header("X-CaseWatch-Timestamp") } == ["1729047420", "1729047430", "1729047550"])
        }
    }

    @Test func aSlowARefusingAndAFailingReceiverNeverDelayAHealthyOne() async throws {
        let slow = try await LocalReceiver.start(otherwise: .delay(600, then: .ok()))
        let failing = try await LocalReceiver.start(otherwise: .status(500))
        let healthy = try await LocalReceiver.start()
        let refused = try await LocalReceiver.refusingURL()
        let clock = ManualClock(DeliveryFixtures.now)
        let earlier = DeliveryFixtures.now.adding(seconds: -60)
        // The slow receiver's backlog is older than everything else and larger than the overall limit.
        let slowJobs = (1...6).map {
            DeliveryFixtures.job(webhook("slow", slow.url(), timeout: 300), key: "slow-\($0)", createdAt: earlier)
        }
        let queue = InMemoryDeliveryQueue(
            slowJobs + [
                DeliveryFixtures.job(webhook("refused", refused, timeout: 3), key: "refused-1"),
                DeliveryFixtures.job(webhook("failing", failing.url()), key: "failing-1"),
                DeliveryFixtures.job(webhook("healthy", healthy.url()), key: "healthy-1"),
            ])
        try await withDispatcher(queue, clock: clock, limits: DispatchLimits(perReceiver: 1, overall: 4, pollInterval: .seconds(3_600))) { dispatcher in
            let records = await queue.records { records in
                Set(records.map(\.job.receiver.name)).isSuperset(of: ["healthy", "failing", "refused"])
            }
            #expect(records.first { $0.job.receiver.name == "healthy" }?.result.outcome == .sent)
            #expect(records.first { $0.job.receiver.name == "failing" }?.result.httpStatus == 500)
            #expect(records.first { $0.job.receiver.name == "refused" }?.result.httpStatus == nil)
            #expect(!records.contains { $0.job.receiver.name == "slow" })
            // The slow receiver's lane holds one attempt; the rest of its backlog waits in the queue. (A lane is
            // freed just after its attempt is recorded, so let the last one finish freeing.)
            _ = await slow.requests(count: 1)
            while dispatcher.inFlight > 1 { await Task.yield() }
            #expect(dispatcher.inFlight == 1)
            #expect(slow.requests.count == 1)
        }
        for receiver in [slow, failing, healthy] { try await receiver.shutdown() }
    }

    @Test func aDeliveryPastItsMaximumAgeIsDeadWithTheReason() async throws {
        try await ChannelHarness.withReceiver(otherwise: .status(500, body: "upstream down")) { local in
            let clock = ManualClock(DeliveryFixtures.now)
            let receiver = DeliveryFixtures.receiver("dead-end", .webhook(url: local.url(), secret: nil, headers: [:]), maxAge: 86_400)
            let job = DeliveryFixtures.job(receiver, key: "old", createdAt: DeliveryFixtures.now.adding(seconds: -86_400), attempts: 30)
            let queue = InMemoryDeliveryQueue([job])
            try await withDispatcher(queue, clock: clock) { _ in
                let records = await queue.records(of: "old", count: 1)
                #expect(records[0].result.outcome == .dead(reason: "no 2xx from dead-end in 24h; last: HTTP 500 upstream down"))
            }
        }
    }

    @Test func wakingSendsANewDeliveryWithoutWaitingForThePoll() async throws {
        try await ChannelHarness.withReceiver { local in
            let clock = ManualClock(DeliveryFixtures.now)
            let queue = InMemoryDeliveryQueue()
            try await withDispatcher(queue, clock: clock) { dispatcher in
                // The dispatcher has read the (empty) queue once and now sleeps for an hour unless woken.
                while await queue.dueCalls == 0 { await Task.yield() }
                await queue.add(DeliveryFixtures.job(webhook("fresh", local.url()), key: "new"), notBefore: DeliveryFixtures.now)
                dispatcher.wake()
                let records = await queue.records(of: "new", count: 1)
                #expect(records[0].result.outcome == .sent)
            }
        }
    }

    @Test func stoppingCancelsAnAttemptInFlightAndLeavesItUnrecordedForTheNextStart() async throws {
        try await ChannelHarness.withReceiver(otherwise: .delay(600, then: .ok())) { local in
            let clock = ManualClock(DeliveryFixtures.now)
            let queue = InMemoryDeliveryQueue([DeliveryFixtures.job(webhook("slow", local.url(), timeout: 300), key: "inflight")])
            let started = ContinuousClock.now
            try await withDispatcher(queue, clock: clock) { _ in
                _ = await local.requests(count: 1)
            }
            #expect(ContinuousClock.now - started < .seconds(240), "the attempt ran to its 300 s timeout")
            #expect(await queue.records.isEmpty)
            #expect(try await queue.due(at: DeliveryFixtures.now, limit: 10, excluding: DueExclusion()).map(\.idempotencyKey) == ["inflight"])
        }
    }

    @Test func everyAttemptIsLoggedWithoutItsSecretOrURL() async throws {
        try await ChannelHarness.withReceiver(script: [.status(500, body: "down")]) { local in
            let clock = ManualClock(DeliveryFixtures.now)
            let receiver = DeliveryFixtures.receiver(
                "signed", .webhook(url: local.url("/hook?token=url-token"), secret: .environment("HOOK_SECRET"), headers: [:]))
            let queue = InMemoryDeliveryQueue([DeliveryFixtures.job(receiver, key: "s-1")])
            let log = LogCapture()
            try await withDispatcher(queue, clock: clock, log: log, environment: ["HOOK_SECRET": "whsec-test"]) { dispatcher in
                _ = await queue.records(of: "s-1", count: 1)
                clock.move(seconds: 10)
                dispatcher.wake()
                _ = await queue.records(of: "s-1", count: 2)
            }
            let failed = try #require(log.lines("delivery failed").first)
            #expect(failed.metadata["receiver"] == "signed")
            #expect(failed.metadata["http_status"] == "500")
            #expect(failed.metadata["retry_at"] == "2024-10-16T02:57:10Z")
            #expect(log.lines("delivery sent").first?.metadata["delivery"] == "s-1")
            for line in log.all {
                let text = line.message + line.metadata.values.joined()
                #expect(!text.contains("whsec-test"))
                #expect(!text.contains("url-token"))
            }
        }
    }

    @Test func anAttemptTheQueueCannotRecordIsHeldBackThenSentAgainWithTheSameKey() async throws {
        try await ChannelHarness.withReceiver { local in
            let clock = ManualClock(DeliveryFixtures.now)
            let queue = InMemoryDeliveryQueue([DeliveryFixtures.job(webhook("r", local.url()), key: "u-1")])
            await queue.failNextRecords(1)
            try await withDispatcher(queue, clock: clock) { dispatcher in
                while await queue.unrecorded == 0 { await Task.yield() }
                // Still due in the queue, but not sent again while held: woken twice, nothing goes out.
                for _ in 0..<2 {
                    let calls = await queue.dueCalls
                    dispatcher.wake()
                    while await queue.dueCalls == calls { await Task.yield() }
                }
                #expect(local.requests.count == 1)
                clock.move(seconds: 60)
                dispatcher.wake()
                let records = await queue.records(of: "u-1", count: 1)
                #expect(records[0].result.outcome == .sent)
            }
            #expect(local.requests.compactMap { $0.header("X-CaseWatch-Delivery") } == ["u-1", "u-1"])
        }
    }

    @Test func aGracefulShutdownStopsTheDispatcherWithAnAttemptInFlight() async throws {
        try await ChannelHarness.withReceiver(otherwise: .delay(600, then: .ok())) { local in
            let clock = ManualClock(DeliveryFixtures.now)
            let queue = InMemoryDeliveryQueue([DeliveryFixtures.job(webhook("slow", local.url(), timeout: 300), key: "g-1")])
            let http = DeliveryHTTPClient()
            let log = LogCapture()
            let dispatcher = DeliveryDispatcher(
                queue: queue, sender: ChannelSender(http: http, renderer: DeliveryFixtures.renderer()),
                logger: log.logger(), now: { clock.now })
            let started = ContinuousClock.now
            await testGracefulShutdown { trigger in
                async let running: Void = dispatcher.run()
                _ = await local.requests(count: 1)
                trigger.triggerGracefulShutdown()
                await running
            }
            try await http.shutdown()
            #expect(ContinuousClock.now - started < .seconds(240), "the attempt ran to its 300 s timeout")
            #expect(log.lines("delivery dispatcher stopped").count == 1)
            #expect(await queue.records.isEmpty)
        }
    }
}
