import CaseWatchCore
import Testing

@testable import CaseWatchDelivery

@Suite struct RetryScheduleTests {
    let receiver = DeliveryFixtures.receiver("centre-robot", .webhook(url: "http://x", secret: nil, headers: [:]))
    let now = DeliveryFixtures.now

    @Test func theCeilingDoublesPerAttemptUpToTheCap() {
        let schedule = RetrySchedule(baseSeconds: 10, capSeconds: 300)
        #expect((1...7).map { schedule.ceiling(afterAttempts: $0) } == [10, 20, 40, 80, 160, 300, 300])
        #expect(schedule.ceiling(afterAttempts: 10_000) == 300)
    }

    @Test func fullJitterDrawsTheWaitFromZeroToTheCeiling() {
        let drawn = Mutex<[ClosedRange<Int64>]>([])
        let schedule = RetrySchedule(baseSeconds: 10, capSeconds: 300) { range in
            drawn.withLock { $0.append(range) }
            return range.upperBound
        }
        let job = DeliveryFixtures.job(receiver, attempts: 2)
        #expect(schedule.outcome(for: job, httpStatus: 500, error: "", retryAfter: nil, now: now) == .failed(retryAt: now.adding(seconds: 40)))
        #expect(drawn.withLock { $0 } == [0...40])
        let lowest = RetrySchedule(baseSeconds: 10, capSeconds: 300) { $0.lowerBound }
        // A draw of zero still waits a second, so a failing receiver is never hammered.
        #expect(lowest.outcome(for: job, httpStatus: 500, error: "", retryAfter: nil, now: now) == .failed(retryAt: now.adding(seconds: 1)))
    }

    @Test func aRetryAfterLaterThanTheBackoffWins() {
        let schedule = RetrySchedule(baseSeconds: 10, capSeconds: 300) { $0.upperBound }
        let job = DeliveryFixtures.job(receiver)
        let asked = now.adding(seconds: 600)
        #expect(schedule.outcome(for: job, httpStatus: 429, error: "", retryAfter: asked, now: now) == .failed(retryAt: asked))
        let earlier = now.adding(seconds: 2)
        #expect(schedule.outcome(for: job, httpStatus: 429, error: "", retryAfter: earlier, now: now) == .failed(retryAt: now.adding(seconds: 10)))
    }

    @Test func noRetryIsScheduledAfterTheDeadlineAndAfterItTheJobIsDead() {
        let schedule = RetrySchedule(baseSeconds: 3_600, capSeconds: 3_600) { $0.upperBound }
        let created = now.adding(seconds: -86_000)
        let job = DeliveryFixtures.job(receiver, createdAt: created, attempts: 5)
        #expect(schedule.outcome(for: job, httpStatus: 500, error: "", retryAfter: nil, now: now) == .failed(retryAt: created.adding(seconds: 86_400)))
        let late = created.adding(seconds: 86_400)
        #expect(
            schedule.outcome(for: job, httpStatus: 500, error: "upstream down", retryAfter: nil, now: late)
                == .dead(reason: "no 2xx from centre-robot in 24h; last: HTTP 500 upstream down"))
        #expect(
            schedule.outcome(for: job, httpStatus: nil, error: "timeout after 5 s", retryAfter: nil, now: late)
                == .dead(reason: "no 2xx from centre-robot in 24h; last: timeout after 5 s"))
    }
}

import Synchronization
