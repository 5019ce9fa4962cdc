import Testing
@testable import CaseWatchCommands

/// `casewatchd --rate-limit <n>/s`: the rate each key or leader gets, with bursts of twice that.
@Suite struct RateLimitOptionTests {
    @Test func theRateSetsTheLimitsWithABurstOfTwice() throws {
        let limits = try HTTPOptions.parse(["--rate-limit", "50/s"]).limits
        #expect(limits.requestsPerSecond == 50 && limits.burst == 100)
        let standard = try HTTPOptions.parse([]).limits
        #expect(standard.requestsPerSecond == 200 && standard.burst == 400)
    }

    @Test func aRateNotWrittenNPerSecondIsRefusedWithTheForm() {
        for text in ["50", "0/s", "-3/s", "50/m", "many/s", "1000001/s"] {
            let error = #expect(throws: (any Error).self) { try HTTPOptions.parse(["--rate-limit=\(text)"]) }
            #expect(HTTPOptions.message(for: error ?? CancellationError()).contains("--rate-limit '\(text)': write requests a second as <n>/s, e.g. 500/s"), "\(text)")
        }
    }
}
