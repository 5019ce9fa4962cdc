import CaseWatchCore
import CaseWatchTesting
import Testing

/// Every bound of ``Limits`` at its edge: exactly at the limit accepted, one past it refused as too large.
@Suite("Magnitude limits")
struct MagnitudeLimitTests {
    static let longest: Int64 = 8_784 * 3600

    @Test(arguments: [
        ("366 working days", ClockDuration.workingDays(366)!),
        ("8784h", ClockDuration.calendar(seconds: longest)!),
        ("8784 hours", ClockDuration.calendar(seconds: longest)!),
        ("8784 working hours", ClockDuration.workingTime(seconds: longest)!),
        ("31622400s", ClockDuration.calendar(seconds: longest)!),
        ("8783h59m60s", ClockDuration.calendar(seconds: longest)!),
    ] as [(String, ClockDuration)])
    func theLongestDurationIsAccepted(text: String, expected: ClockDuration) throws {
        #expect(try DurationParser.parse(text) == expected)
    }

    @Test(arguments: [
        "367 working days", "8785h", "8785 hours", "8785 working hours", "31622401s", "8784h1s", "527041 working minutes",
        "999999999h", "99999999 working days", "9999999999 working days", "99999999999999999999h", "1h99999999999m",
    ])
    func aLongerDurationIsTooLarge(text: String) {
        #expect(throws: DurationParseError.self) { try DurationParser.parse(text) }
        do {
            _ = try DurationParser.parse(text)
        } catch {
            #expect(error.reason.contains("too large"), "\(error)")
            #expect(!error.reason.contains("expected a number"), "\(error)")
        }
    }

    @Test(arguments: [
        "2000-01-01T00:00:00Z", "2000-01-01", "2199-12-31T23:59:59Z", "2199-12-31T23:59:59+08:00", "2199-12-31 23:59",
    ])
    func instantsInTheSupportedYearsAreAccepted(text: String) throws {
        _ = try InstantParser.parse(text, zone: FixtureLiterals.zone("Asia/Shanghai"))
        if text.hasSuffix("Z") || text.contains("+") { _ = try InstantParser.parseWithOffset(text) }
    }

    @Test(arguments: [
        "1999-12-31T23:59:59Z", "2200-01-01T00:00:00Z", "2200-01-01T00:00:00+08:00", "0001-01-01T00:00:00Z",
        "9999-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "1969-12-31",
    ])
    func instantsOutsideTheSupportedYearsAreRefused(text: String) {
        for parse in [
            { try InstantParser.parse(text, zone: FixtureLiterals.zone("UTC")) },
            { try InstantParser.parseWithOffset(text) },
        ] as [() throws -> Instant] {
            do {
                let instant = try parse()
                Issue.record("\(text) was read as \(instant)")
            } catch let error as InstantParseError {
                #expect(error.reason.contains("outside the years CaseWatch supports (2000-2199)"), "\(error)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func calendarsCoverAtMostFiftySupportedYears() throws {
        _ = try CalendarFixtures.shanghai(years: 2000...2049)
        _ = try CalendarFixtures.shanghai(years: 2150...2199)
        for years in [2000...2050, 1999...2010, 2190...2200, 2000...9_999_999] {
            #expect(throws: CalendarError.coveredYearsOutOfBounds(years)) { try CalendarFixtures.shanghai(years: years) }
        }
        #expect(Limits.coveredYearsProblem(2000...2050)?.contains("more than the 50") == true)
        #expect(Limits.coveredYearsProblem(1...3_000_000)?.contains("outside the years CaseWatch supports") == true)
    }

    /// The longest durations from the last supported instant, on the widest calendar and on one with a
    /// single working minute a week: every walk ends, at the latest at the computation horizon, so no
    /// deadline needs a timeout and every due instant keeps a four-digit year.
    @Test func theLongestDeadlinesFromTheLastSupportedInstantAreBounded() throws {
        let zone = FixtureLiterals.zone("Asia/Shanghai")
        let last = try InstantParser.parse("2199-12-31T23:59:59", zone: zone)
        let wide = try CalendarFixtures.shanghai(years: 2150...2199)
        let sparse = try CalendarFixtures.shanghai(
            years: 2199...2199, weekly: [.monday: [FixtureLiterals.window("09:00", "09:01")]]
        )
        let horizon = Instant(secondsSinceEpoch: Int64(LocalDate(year: Limits.computationHorizonYear + 1, month: 1, day: 1)!.dayNumber) * 86_400)
        for calendar in [wide, sparse] {
            for duration in [
                try DurationParser.parse("366 working days"), try DurationParser.parse("8784 working hours"),
                try DurationParser.parse("8784h"),
            ] {
                let deadline = calendar.deadline(from: last, adding: duration)
                #expect(deadline.due > last)
                #expect(deadline.due <= horizon, "\(duration) on \(calendar.name)")
                let text = InstantFormatter.format(deadline.due, in: zone)
                #expect(text.prefix(4).allSatisfy(\.isNumber) && text.dropFirst(4).first == "-", "\(text)")
            }
        }
        // On the usual calendar the longest working-day deadline is about a year and a half away.
        let due = wide.deadline(from: last, adding: .workingDays(366)!).due
        #expect(due.seconds(since: last) < 2 * 366 * 86_400)
    }

    @Test func extensionDaysAreBoundedAndTooLargeIsSaid() throws {
        #expect(try CaseEventKind(type: .extensionGranted, fields: ["days": "366"]) == .extensionGranted(days: 366))
        for (text, words) in [("367", "too large"), ("99999999", "too large"), ("99999999999999999999999", "too large"), ("0", "too small"), ("five", "not a whole number")] {
            do {
                _ = try CaseEventKind(type: .extensionGranted, fields: ["days": text])
                Issue.record("\(text) was accepted")
            } catch {
                #expect(error.message.contains(words), "\(text): \(error)")
            }
        }
    }

    @Test func wholeNumbersSayTooLargeNotNotANumber() {
        #expect(Limits.wholeNumber("100000", in: Limits.demoCases) == .success(100_000))
        #expect(Limits.wholeNumber("1", in: Limits.demoCases) == .success(1))
        #expect(Limits.wholeNumber("100001", in: Limits.demoCases) == .failure(RangeProblem("100,001 is too large; write a whole number from 1 to 100,000")))
        #expect(Limits.wholeNumber("0", in: Limits.demoCases) == .failure(RangeProblem("0 is too small; write a whole number from 1 to 100,000")))
        #expect(Limits.wholeNumber("99999999999999999999999", in: Limits.demoCases) == .failure(RangeProblem("'99999999999999999999999' is too large; write a whole number from 1 to 100,000")))
        #expect(Limits.wholeNumber("-99999999999999999999999", in: Limits.demoCases) == .failure(RangeProblem("'-99999999999999999999999' is too small; write a whole number from 1 to 100,000")))
        #expect(Limits.wholeNumber("lots", in: Limits.demoCases) == .failure(RangeProblem("'lots' is not a whole number; write one from 1 to 100,000")))
    }
}
