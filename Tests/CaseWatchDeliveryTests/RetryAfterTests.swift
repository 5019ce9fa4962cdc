import CaseWatchCore
import Testing

@testable import CaseWatchDelivery

@Suite struct RetryAfterTests {
    let now = DeliveryFixtures.now

    @Test func secondsCountFromNow() {
        #expect(RetryAfter.instant("120", now: now) == now.adding(seconds: 120))
        #expect(RetryAfter.instant(" 0 ", now: now) == now)
    }

    @Test func allThreeHTTPDateFormsAreRead() {
        let expected = Instant(secondsSinceEpoch: 784_111_777)  // 1994-11-06T08:49:37Z
        #expect(RetryAfter.instant("Sun, 06 Nov 1994 08:49:37 GMT", now: now) == expected)
        #expect(RetryAfter.instant("Sunday, 06-Nov-94 08:49:37 GMT", now: now) == expected)
        #expect(RetryAfter.instant("Sun Nov  6 08:49:37 1994", now: now) == expected)
    }

    @Test(arguments: ["", "-5", "soon", "1.5", "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT"])
    func anythingElseIsIgnored(value: String) {
        #expect(RetryAfter.instant(value, now: now) == nil)
    }
}
