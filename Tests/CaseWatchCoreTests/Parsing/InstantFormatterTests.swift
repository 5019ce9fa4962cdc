@testable import CaseWatchCore
import CaseWatchTesting
import Testing

/// Showing instants in a calendar's zone with the offset in force.
@Suite("Instant formatter")
struct InstantFormatterTests {
    @Test func showsTheOffset() throws {
        let instant = try InstantParser.parse("2024-10-16T02:57:00Z", zone: FixtureLiterals.zone("UTC"))
        #expect(InstantFormatter.format(instant, in: FixtureLiterals.zone("Asia/Shanghai")) == "2024-10-16T10:57:00+08:00")
        #expect(InstantFormatter.format(instant, in: FixtureLiterals.zone("Europe/Berlin")) == "2024-10-16T04:57:00+02:00")
        #expect(InstantFormatter.format(instant, in: FixtureLiterals.zone("America/New_York")) == "2024-10-15T22:57:00-04:00")
        #expect(InstantFormatter.format(instant, in: FixtureLiterals.zone("UTC")) == "2024-10-16T02:57:00Z")
        #expect(instant.description == "2024-10-16T02:57:00Z")
    }

    @Test func offsetFollowsDaylightSavingTime() {
        let berlin = FixtureLiterals.zone("Europe/Berlin")
        #expect(InstantFormatter.format(Instant(secondsSinceEpoch: 1_711_846_799), in: berlin) == "2024-03-31T01:59:59+01:00")
        #expect(InstantFormatter.format(Instant(secondsSinceEpoch: 1_711_846_800), in: berlin) == "2024-03-31T03:00:00+02:00")
    }

    @Test(arguments: [
        (19_800, "2024-10-16T08:27:00+05:30"),
        (-12_600, "2024-10-15T23:27:00-03:30"),
        (-1_800, "2024-10-16T02:27:00-00:30"),
        (1_172, "2024-10-16T03:16:32+00:19:32"),
    ])
    func unusualOffsets(offset: Int, expected: String) {
        #expect(InstantFormatter.format(Instant(secondsSinceEpoch: 1_729_047_420), offsetSeconds: offset) == expected)
    }

    @Test func beforeTheEpoch() {
        #expect(Instant(secondsSinceEpoch: -1).description == "1969-12-31T23:59:59Z")
    }

    @Test("formatting then parsing gives the instant back", arguments: RandomScenario.zones)
    func roundTrip(zone: String) throws {
        var g = SeededGenerator(seed: 42)
        let rules = FixtureLiterals.zone(zone)
        for _ in 0..<200 {
            let instant = Instant(secondsSinceEpoch: Int64.random(in: 946_771_200...4_102_444_800, using: &g))
            let text = InstantFormatter.format(instant, in: rules)
            #expect(try InstantParser.parse(text, zone: rules) == instant, "\(text)")
        }
    }

    /// The digit-by-digit writer says what the interpolating one says, over the whole range of instants and
    /// offsets (seconds in them, negative ones, years before 1 and after 9999 included).
    @Test func theFastWriterMatchesTheReferenceOnRandomInstants() {
        var generator = SystemRandomNumberGenerator()
        let offsets = [0, 28_800, -18_000, 19_800, -34_200, 3_600 * 14, -3_600 * 12, 1_234, -59, 99 * 3_600 + 59 * 60]
        for _ in 0..<20_000 {
            let seconds = Bool.random(using: &generator)
                ? Int64.random(in: -62_135_596_800 ... 253_402_300_799, using: &generator)   // years 1 to 9999
                : Int64.random(in: -100_000_000_000 ... 400_000_000_000, using: &generator)
            let instant = Instant(secondsSinceEpoch: seconds)
            let offset = offsets.randomElement(using: &generator)!
            #expect(InstantFormatter.format(instant, offsetSeconds: offset) == InstantFormatter.formatByParts(instant, offsetSeconds: offset))
        }
        #expect(InstantFormatter.format(Instant(secondsSinceEpoch: 0), offsetSeconds: 0) == "1970-01-01T00:00:00Z")
    }
}
