import CaseWatchCore
import Testing

/// Reading deadline durations: working days, working time and calendar time, and clear errors.
@Suite("Duration parser")
struct DurationParserTests {
    @Test(arguments: [
        ("5 working days", ClockDuration.workingDays(5)!),
        ("1 working day", .workingDays(1)!),
        ("3 working hours", .workingTime(seconds: 3 * 3600)!),
        ("3.5 working hours", .workingTime(seconds: 3 * 3600 + 1800)!),
        ("1 working hour", .workingTime(seconds: 3600)!),
        ("90 working minutes", .workingTime(seconds: 5400)!),
        ("24h", .calendar(seconds: 86_400)!),
        ("30m", .calendar(seconds: 1800)!),
        ("1h30m", .calendar(seconds: 5400)!),
        ("45s", .calendar(seconds: 45)!),
        ("2 hours", .calendar(seconds: 7200)!),
        ("30 minutes", .calendar(seconds: 1800)!),
        ("  5 Working  Days ", .workingDays(5)!),
        ("1h 30m", .calendar(seconds: 5400)!),
        ("1h0m5s", .calendar(seconds: 3605)!),
        ("2 h", .calendar(seconds: 7200)!),
    ])
    func parses(text: String, expected: ClockDuration) throws {
        #expect(try DurationParser.parse(text) == expected)
    }

    @Test(arguments: [
        ClockDuration.workingDays(5)!, .workingDays(1)!,
        .workingTime(seconds: 3 * 3600)!, .workingTime(seconds: 3600)!, .workingTime(seconds: 12_600)!,
        .workingTime(seconds: 61)!, .calendar(seconds: 86_400)!, .calendar(seconds: 5400)!,
        .calendar(seconds: 3605)!, .calendar(seconds: 45)!,
    ])
    func descriptionReadsBack(duration: ClockDuration) throws {
        #expect(try DurationParser.parse(duration.description) == duration, "\(duration)")
    }

    func failureReason(_ text: String) -> String? {
        do {
            _ = try DurationParser.parse(text)
            return nil
        } catch {
            #expect(error.text == text)
            #expect(error.description.hasPrefix("'\(text)' is not a duration: "))
            return error.reason
        }
    }

    @Test func misspeltUnitSuggestsTheRightOne() throws {
        let reason = try #require(failureReason("5 wrking days"))
        #expect(reason.contains("unknown unit 'wrking days'"))
        #expect(reason.contains("did you mean 'working days'?"))
        #expect(try #require(failureReason("3 workign hours")).contains("did you mean 'working hours'?"))
    }

    @Test func unrelatedUnitHasNoSuggestion() throws {
        let reason = try #require(failureReason("2 fortnights"))
        #expect(reason.contains("unknown unit 'fortnights'"))
        #expect(!reason.contains("did you mean"))
    }

    @Test(arguments: ["0 working days", "0 working hours", "-2h", "0m", "0h0m", "-1 working day", "-2 working hours"])
    func zeroAndNegativeAreRejected(text: String) throws {
        #expect(try #require(failureReason(text)).contains("must be positive"))
    }

    @Test func partialWorkingDaysAreRejected() throws {
        let reason = try #require(failureReason("2.5 working days"))
        #expect(reason.contains("whole number"))
        #expect(reason.contains("working hours"))
    }

    @Test(arguments: ["", "   "])
    func emptyIsRejected(text: String) throws {
        #expect(try #require(failureReason(text)).contains("it is empty"))
    }

    @Test(arguments: [
        ("working days", "expected a number"),
        ("h", "expected a number followed by a unit"),
        ("-h", "expected a number before 'h'"),
        ("30m1h", "hours, then minutes, then seconds"),
        ("1h30", "'30' has no unit"),
        ("0.0001 working hours", "whole seconds"),
        ("1.1234567h", "expected a number before 'h'"),
    ])
    func malformedIsRejected(text: String, expected: String) throws {
        #expect(try #require(failureReason(text)).contains(expected))
    }
}
