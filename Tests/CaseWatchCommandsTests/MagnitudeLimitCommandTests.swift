import CaseWatchTesting
@testable import CaseWatchCommands
import CaseWatchCore
import Foundation
import Testing

/// Magnitudes past ``Limits`` given to commands are refused with a clear error naming the bound.
@Suite struct MagnitudeLimitCommandTests {
    typealias F = IntakeFixture

    @Test func anEndlessStreamOfNULBytesIsRefusedAtItsFirstChunk() throws {
        let f = try F()
        let result = f.run(["ingest", "/dev/zero", "--format", "jsonl"])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("/dev/zero: the file holds NUL bytes"), "\(result.err)")
    }

    @Test func inputPastTheSizeLimitIsRefusedWithoutReadingItAll() throws {
        let f = try F()
        func read(_ bytes: Int) throws(CommandFailure) -> Data {
            let path = try! f.write("input-\(bytes).jsonl", String(repeating: "x", count: bytes))
            let handle = FileHandle(forReadingAtPath: path)!
            defer { try? handle.close() }
            return try IntakeSource.read(handle, path: path, limit: 2_000)
        }
        #expect(try read(2_000).count == 2_000)
        do {
            _ = try read(2_001)
            Issue.record("2,001 bytes were read under a 2,000-byte limit")
        } catch {
            #expect(error.description.contains("the input is too large: more than 2,000 bytes"), "\(error)")
        }
    }

    @Test func anEventDatedMoreThanADayAheadOfItsReceiptIsRefused() throws {
        let f = try F()
        let now = try InstantParser.parse("2026-10-14T00:00:00+08:00", zone: ZoneRules(identifier: "UTC")!)
        let atTheLimit = IntakeLine.json(id: "E1", case: "C1", type: "registered", at: "2026-10-15T00:00:00+08:00", fields: ["category": "road", "urgency": "normal"])
        let pastIt = IntakeLine.json(id: "E2", case: "C2", type: "registered", at: "2026-10-15T00:00:01+08:00", fields: ["category": "road", "urgency": "normal"])
        let file = try f.write("future.jsonl", [atTheLimit, pastIt].joined(separator: "\n"))
        let result = CommandClock.$fixed.withValue(now) { f.run(["ingest", file]) }
        #expect(result.exitCode != 0)
        #expect(result.err.contains("\(file):2: 'at' 2026-10-15T00:00:01+08:00 is in the future"), "\(result.err)")
        #expect(!result.err.contains("\(file):1:"), "\(result.err)")
        let stored = CommandClock.$fixed.withValue(now) { f.run(["ingest", file, "--skip-invalid"]) }
        #expect(stored.out.contains("stored 1 event"), "\(stored.out)")
    }

    @Test func fieldsLinesAndInstantsPastTheirBoundsAreRefusedByRecord() throws {
        let f = try F()
        func registered(_ id: String, at: String = "2026-10-14T09:00:00+08:00", category: String = "road") -> String {
            IntakeLine.json(id: id, case: id, type: "registered", at: at, fields: ["category": category, "urgency": "normal"])
        }
        let lines = [
            IntakeLine.json(id: "E0", case: "E0", type: "registered", at: "2026-10-14T09:00:00+08:00", fields: ["category": "road", "urgency": "normal", "actor": String(repeating: "a", count: 4_096)]),
            registered("E1", category: String(repeating: "r", count: 4_097)),
            registered("E2", at: "2200-01-01T00:00:00+08:00"),
            registered("E3", at: "1999-12-31T23:59:59+08:00"),
            registered("E4") + String(repeating: " ", count: 65_537),
            registered("E5", at: "10000-01-01T00:00:00+08:00"),
            IntakeLine.json(id: "E6", case: "E6", type: "registered", at: "2026-10-14T09:00:00+08:00", fields: ["category": "road", "urgency": "normal", "content": String(repeating: "c", count: 5_000)]),
        ]
        let file = try f.write("sizes.jsonl", lines.joined(separator: "\n"))
        let result = f.run(["ingest", file])
        #expect(result.exitCode != 0)
        #expect(!result.err.contains("\(file):1:"), "\(result.err)")
        #expect(!result.err.contains("\(file):7:"), "personal data is dropped unread, whatever its size: \(result.err)")
        #expect(result.err.contains("\(file):2: field 'category' is too large: 4,097 bytes, more than the 4,096"), "\(result.err)")
        #expect(result.err.contains("\(file):3: 'at': '2200-01-01T00:00:00+08:00' is not an ISO 8601 instant: the year 2200 is outside the years CaseWatch supports (2000-2199)"), "\(result.err)")
        #expect(result.err.contains("\(file):4: 'at': '1999-12-31T23:59:59+08:00' is not an ISO 8601 instant: the year 1999 is outside"), "\(result.err)")
        #expect(result.err.contains("\(file):5: the record is too large"), "\(result.err)")
        #expect(result.err.contains("\(file):6: 'at': '10000-01-01T00:00:00+08:00' is not an ISO 8601 instant: the year 1000 is outside"), "\(result.err)")
    }

    @Test func anOversizedCSVCellIsRefusedAtItsRow() throws {
        let f = try F()
        let file = try f.write("sizes.csv", """
            id,case,type,at,actor,category,urgency
            E1,C1,registered,2026-10-14T09:00:00+08:00,a,road,normal
            E2,C2,registered,2026-10-14T09:00:00+08:00,\(String(repeating: "a", count: 4_097)),road,normal

            """)
        let result = f.run(["ingest", file])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("\(file):3: field 'actor' is too large"), "\(result.err)")
        #expect(!result.err.contains("\(file):2:"), "\(result.err)")
    }

    @Test(arguments: [
        (["demo", "--cases", "100001"], "--cases: 100,001 is too large; write a whole number from 1 to 100,000"),
        (["demo", "--cases", "0"], "--cases: 0 is too small"),
        (["demo", "--cases", "99999999999999999999999"], "--cases: '99999999999999999999999' is too large"),
        (["demo", "--cases", "many"], "--cases: 'many' is not a whole number"),
        (["demo", "--show=-1"], "--show: -1 is too small; write a whole number from 0 to 100,000"),
        (["demo", "--show", "100001"], "--show: 100,001 is too large"),
        (["ingest", "x.jsonl", "--batch-size", "0"], "--batch-size: 0 is too small"),
        (["ingest", "x.jsonl", "--batch-size", "99999999999999999999"], "--batch-size: '99999999999999999999' is too large"),
        (["deadline", "--from", "2024-10-14T09:00", "--add", "99999999 working days"], "--add: '99999999 working days' is not a duration: it is too large"),
        (["deadline", "--from", "2024-10-14T09:00", "--add", "999999999h"], "--add: '999999999h' is not a duration: it is too large"),
        (["deadline", "--from", "10000-01-01T09:00", "--add", "1h"], "outside the years CaseWatch supports"),
        (["deadline", "--from", "2024-10-14T09:00", "--add", "1h", "--pause", "2024-10-14T10:00/2200-01-01T00:00"], "--pause end: '2200-01-01T00:00' is not an ISO 8601 instant: the year 2200 is outside"),
    ])
    func numericAndDurationOptionsPastTheirBoundsAreRefused(arguments: [String], message: String) {
        let result = CommandHarness.run(arguments + (arguments[0] == "deadline" ? ["--calendar", CommandHarness.calendar] : []))
        #expect(result.exitCode != 0)
        #expect(result.err.contains(message), "\(result.err)")
    }

    @Test(arguments: [["--period", "9999"], ["--period", "0001-01"], ["--from", "1999-12-31", "--to", "2000-01-31"], ["--from", "2199-12-01", "--to", "2200-01-01"]])
    func assessmentPeriodsOutsideTheSupportedYearsAreRefused(arguments: [String]) throws {
        let f = try F()
        let result = f.run(["assess"] + arguments)
        #expect(result.exitCode != 0)
        #expect(result.err.contains("outside the years CaseWatch supports (2000-2199)"), "\(result.err)")
    }

    @Test func aSignoffDeadlinePastTheLimitIsTooLargeAndNothingIsDecided() throws {
        let f = try SignoffFixture()
        let signoff = try f.signoff(of: "N-A")
        let result = try f.signoff(["approve", "\(signoff.id)", "--instruction", "Go", "--deadline", "99999999 working days"])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("--deadline: '99999999 working days' is not a duration: it is too large"), "\(result.err)")
        #expect(try f.signoff(of: "N-A").status == signoff.status)
    }

    /// A case on the longest deadline and ladder step, opened on the last supported day, is stored and
    /// read back: shown, listed and rebuilt, its due instant two years on.
    @Test func aCaseOnTheLongestDeadlineFromTheLastSupportedDayIsReadBack() throws {
        let f = try F()
        let (policies, hotline) = try f.copyOfPolicies()
        let original = try String(contentsOfFile: hotline, encoding: .utf8)
        let longest = original
            .replacingOccurrences(of: "complex: {accept: 1 working day, resolve: 15 working days}", with: "complex: {accept: 1 working day, resolve: 366 working days}")
            .replacingOccurrences(of: "after: 1 working day\n", with: "after: 8784 working hours\n")
        #expect(longest != original)
        try longest.write(toFile: hotline, atomically: true, encoding: .utf8)
        let zone = ZoneRules(identifier: "Asia/Shanghai")!
        let now = try InstantParser.parse("2199-12-31T10:00", zone: zone)
        let file = try f.write("last.jsonl", [
            IntakeLine.json(id: "L1", case: "L1", type: "registered", at: "2199-12-31T09:00:00+08:00", fields: ["category": "road", "urgency": "complex"]),
            IntakeLine.json(id: "L2", case: "L1", type: "dispatched", at: "2199-12-31T09:00:00+08:00", fields: ["unit": F.unit]),
        ].joined(separator: "\n"))
        func run(_ arguments: [String]) -> CommandResult {
            CommandClock.$fixed.withValue(now) { CommandHarness.run(arguments + ["--db", f.db, "--policies", policies]) }
        }
        let ingested = run(["ingest", file])
        #expect(ingested.exitCode == 0, "\(ingested.err)")
        let shown = run(["cases", "show", "L1"])
        #expect(shown.exitCode == 0, "\(shown.err)")
        #expect(shown.out.contains("2201-"), "\(shown.out)")
        #expect(run(["cases", "list"]).exitCode == 0)
        let rebuilt = run(["cases", "rebuild", "--check"])
        #expect(rebuilt.exitCode == 0, "\(rebuilt.out) \(rebuilt.err)")
    }

    @Test func theLongestDeadlineIsComputed() {
        let result = CommandHarness.run(["deadline", "--from", "2199-12-31T09:00", "--add", "366 working days", "--calendar", CommandHarness.calendar])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.contains("2201-"), "\(result.out)")
    }
}
