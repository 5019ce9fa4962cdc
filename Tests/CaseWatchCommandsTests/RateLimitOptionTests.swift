import Testing
@testable import CaseWatchCommands

/// `casewatchd --rate-limit <n>/s`: the rate each key or leader gets, with bursts of twice that; and
/// `--request-timeout <seconds>`, how long a client may take to send a request.
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

    @Test func theRequestTimeoutIsSetInWholeSecondsFromOneToAnHour() throws {
        #expect(try HTTPOptions.parse(["--request-timeout", "5"]).limits.requestTimeoutSeconds == 5)
        #expect(try HTTPOptions.parse([]).limits.requestTimeoutSeconds == 30)
        for text in ["0", "3601", "5s", "-1"] {
            let error = #expect(throws: (any Error).self) { try HTTPOptions.parse(["--request-timeout=\(text)"]) }
            #expect(HTTPOptions.message(for: error ?? CancellationError()).contains("--request-timeout"), "\(text)")
        }
    }
}
