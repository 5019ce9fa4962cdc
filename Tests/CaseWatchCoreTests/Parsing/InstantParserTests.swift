import CaseWatchCore
import CaseWatchTesting
import Testing

/// Reading ISO 8601 instants, with an offset or in a zone, and errors that point at the character.
@Suite("Instant parser")
struct InstantParserTests {
    let shanghai = FixtureLiterals.zone("Asia/Shanghai")
    let berlin = FixtureLiterals.zone("Europe/Berlin")

    @Test(arguments: [
        "2024-10-16T02:57:00Z",
        "2024-10-16t02:57:00z",
        "2024-10-16T10:57:00+08:00",
        "2024-10-16T10:57:00+0800",
        "2024-10-16T10:57+08",
        "2024-10-16T10:57:00",
        "2024-10-16 10:57:00",
        "2024-10-16T10:57",
        "2024-10-16T10:57:00.000+08:00",
        "2024-10-15T21:57:00-05:00",
    ])
    func parsesTheSameInstant(text: String) throws {
        #expect(try InstantParser.parse(text, zone: shanghai).description == "2024-10-16T02:57:00Z")
    }

    @Test func aDateAloneIsLocalMidnight() throws {
        #expect(try InstantParser.parse("2024-10-16", zone: shanghai).description == "2024-10-15T16:00:00Z")
        #expect(try InstantParser.parse("2024-10-16", zone: berlin).description == "2024-10-15T22:00:00Z")
        #expect(try InstantParser.parse("2024-10-16Z", zone: shanghai).description == "2024-10-16T00:00:00Z")
    }

    @Test func wallTimeWithoutOffsetIsReadInTheZone() throws {
        #expect(try InstantParser.parse("2024-01-16T10:00", zone: berlin).description == "2024-01-16T09:00:00Z")
        #expect(try InstantParser.parse("2024-07-16T10:00", zone: berlin).description == "2024-07-16T08:00:00Z")
        #expect(try InstantParser.parse("2024-02-29T12:00", zone: shanghai).description == "2024-02-29T04:00:00Z")
        #expect(try InstantParser.parse("2024-10-16T24:00", zone: shanghai).description == "2024-10-16T16:00:00Z")
    }

    @Test func wallTimesAtDaylightSavingSwitches() throws {
        // A skipped wall time is read with the offset before the switch; a repeated one is the first.
        #expect(try InstantParser.parse("2024-03-31T02:30", zone: berlin).description == "2024-03-31T01:30:00Z")
        #expect(try InstantParser.parse("2024-10-27T02:30", zone: berlin).description == "2024-10-27T00:30:00Z")
    }

    func failure(_ text: String) -> InstantParseError? {
        do {
            _ = try InstantParser.parse(text, zone: shanghai)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("2023-02-29", 1, "2023-02-29 is not a calendar date"),
        ("2024-13-01T10:00", 1, "is not a calendar date"),
        ("2024-10-16T25:00", 12, "25:00:00 is not a time of day"),
        ("2024-10-16T10:60", 12, "is not a time of day"),
        ("2024-10-16T10:57:00.5+08:00", 21, "fractional seconds are not supported"),
        ("2024-10-16T10:57:00.+08:00", 21, "expected digits after the decimal point"),
        ("2024/10/16", 5, "expected '-' after the year"),
        ("24-10-16", 3, "expected a four-digit year"),
        ("2024-10-16T1057", 14, "expected ':' after the hour"),
        ("2024-10-16X", 11, "unexpected 'X'"),
        ("2024-10-16T10:57:00+08:00 UTC", 26, "unexpected ' UTC'"),
        ("2024-10-16T10:57:00+19:00", 20, "offset out of range"),
        ("", 1, "expected a four-digit year"),
    ])
    func malformedInstantsNameTheCharacter(text: String, column: Int, reason: String) throws {
        let error = try #require(failure(text))
        #expect(error.column == column)
        #expect(error.reason.contains(reason), "\(error.reason)")
        #expect(error.description.contains("(at character \(column))"))
        #expect(error.text == text)
    }
}

/// The byte-level fast path agrees with the full parser on canonical texts and defers on the rest.
@Suite("Instant parser fast path")
struct InstantParserFastPathTests {
    @Test(arguments: [
        "2024-10-16T10:57:00+08:00", "2015-01-01T00:20:09-05:00", "2024-02-29T23:59:59Z", "2000-01-01T00:29:59+00:30",
        "2024-10-16t10:57:00z",
    ])
    func agreesWithTheFullParser(text: String) throws {
        let zone = ZoneRules(identifier: "UTC")!
        #expect(try InstantParser.parseWithOffset(text) == InstantParser.parse(text, zone: zone))
    }

    @Test(arguments: ["2023-02-29T10:00:00+08:00", "2024-10-16T24:00:00+08:00", "2024-10-16T10:57:00+19:00", "2024-10-16 10:57:00+0800", "2200-01-01T00:00:00Z"])
    func invalidOrOtherFormsGoToTheFullParser(text: String) {
        let zone = ZoneRules(identifier: "UTC")!
        let full = Result { try InstantParser.parse(text, zone: zone) }
        let withOffset = Result { try InstantParser.parseWithOffset(text) }
        #expect((try? full.get()) == (try? withOffset.get()))
    }
}
