import CaseWatchTesting
import Foundation
import Testing

@Suite struct IngestCommandTests {
    typealias F = IntakeFixture

    @Test func ingestingTheSameFileTwiceChangesNothingAndSaysSo() throws {
        let f = try F()
        let file = try f.write("events.jsonl", F.lifecycleLines(cases: 3, prefix: "C").joined(separator: "\n") + "\n")
        let first = f.run(["ingest", file])
        #expect(first.exitCode == 0)
        #expect(first.out.contains("stored 15 events"))
        let second = f.run(["ingest", file])
        #expect(second.exitCode == 0)
        #expect(second.out.contains("nothing new: all 15 events were already stored"))
        let list = f.run(["cases", "list", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0["status"] as? String == "closed" })
    }

    @Test func anInvalidRecordStoresNothingOfTheFileAndEveryProblemIsReported() throws {
        let f = try F()
        var lines = F.lifecycleLines(cases: 2, prefix: "C")
        lines[2] = IntakeLine.json(id: "C0-3", case: "C0", type: "acepted", at: "2026-10-14T10:00:00+08:00")          // unknown type
        lines[6] = IntakeLine.json(id: "C1-2", case: "C1", type: "dispatched", at: "2026-10-15T09:05:00+08:00", fields: ["unit": "nowhere"])  // unknown unit
        let file = try f.write("bad.jsonl", lines.joined(separator: "\n"))
        let result = f.run(["ingest", file])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("\(file):3: unknown event type 'acepted' (did you mean 'accepted'?)"))
        #expect(result.err.contains("\(file):7: unknown unit 'nowhere'"))
        #expect(result.err.contains("nothing was stored"))
        #expect(f.run(["cases", "list"]).out.contains("no cases match"))
    }

    @Test func skipInvalidStoresTheRestAndWritesTheRejectsWithReasons() throws {
        let f = try F()
        var lines = F.lifecycleLines(cases: 2, prefix: "C")
        lines[7] = IntakeLine.json(id: "C1-3", case: "C1", type: "accepted", at: "2026-10-15T08:00:00+08:00")  // before its dispatch: late
        let file = try f.write("mixed.jsonl", lines.joined(separator: "\n"))
        let rejects = f.directory.path + "/rejects.jsonl"
        let result = f.run(["ingest", file, "--skip-invalid", "--rejects", rejects])
        #expect(result.exitCode == 0)
        // C0's five events, and C1's but the refused acceptance (its reply accepts in passing).
        #expect(result.out.contains("stored 9 events"))
        #expect(result.out.contains("1 rejected"))
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(text.contains("\"line\":8"))
        #expect(text.contains("late events are refused"))
    }

    @Test(arguments: [
        ("{\"id\": \"e1\", \"case\": \"C1\", \"type\": \"registered\"", "not valid JSON"),
        ("{\"id\": \"e1\", \"case\": \"C1\", \"type\": \"registered\", \"at\": \"2026-10-14T09:00:00+08:00\", \"actor\": \"a\", \"category\": \"road\", \"urgency\": 3}", "must be a string"),
        ("{\"id\": \"e1\", \"case\": \"C1\", \"type\": \"registered\", \"at\": \"2026-10-14T09:00:00\", \"actor\": \"a\", \"category\": \"road\", \"urgency\": \"normal\"}", "no UTC offset"),
        ("{\"id\": \"e1\", \"case\": \"C1\", \"type\": \"accepted\", \"at\": \"2026-10-14T09:00:00+08:00\", \"actor\": \"a\"}", "not registered"),
        ("[1, 2]", "not a JSON object"),
        ("{\"id\": \"e1\", \"case\": \"C1\", \"type\": \"registered\", \"at\": \"2026-10-14T09:00:00+08:00\", \"actor\": \"a\", \"category\": \"road\", \"urgncy\": \"normal\"}", "unknown field"),
    ])
    func badRecordsGetAClearErrorWithTheirLine(line: String, fragment: String) throws {
        let f = try F()
        let file = try f.write("one.jsonl", line + "\n")
        let result = f.run(["ingest", file])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("\(file):1: "))
        #expect(result.err.contains(fragment))
    }

    @Test func emptyAndBinaryFilesAreRefused() throws {
        let f = try F()
        let empty = try f.write("empty.jsonl", "\n\n")
        #expect(f.run(["ingest", empty]).err.contains("the file is empty"))
        let binary = f.directory.path + "/blob.jsonl"
        try Data([0x53, 0x51, 0x4c, 0x00, 0xff, 0xfe]).write(to: URL(fileURLWithPath: binary))
        let result = f.run(["ingest", binary])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("not a text file"))
    }

    @Test func aCSVWithAMissingColumnNamesIt() throws {
        let f = try F()
        let file = try f.write("events.csv", "id,case,type,actor\ne1,C1,registered,a\n")
        let result = f.run(["ingest", file])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("\(file):1: the header lacks the column at"))
    }

    @Test func csvEventsWithQuotedFieldsAreRead() throws {
        let f = try F()
        let file = try f.write("events.csv", """
            id,case,type,at,actor,category,urgency,unit,reason
            e1,C1,registered,2026-10-14T09:00:00+08:00,agent-01,road.pothole,normal,,
            e2,C1,dispatched,2026-10-14T09:05:00+08:00,agent-01,,,\(F.unit),
            e3,C1,suspended,2026-10-14T10:00:00+08:00,\(F.unit),,,,"waiting for the citizen, who is away; ""back Monday""
            said the neighbour"
            e4,C1,resumed,2026-10-19T09:00:00+08:00,\(F.unit),,,,

            """)
        let result = f.run(["ingest", file])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.contains("stored 4 events"))
        let show = f.run(["cases", "show", "C1", "--as-of", "2026-10-19T10:00"])
        #expect(show.out.contains("\"back Monday\"\nsaid the neighbour") || show.out.contains("back Monday"))
        #expect(show.out.contains("Pauses: 2026-10-14T10:00:00+08:00"))
    }

    @Test func personalDataIsDroppedAndSaidSo() throws {
        let f = try F()
        let line = IntakeLine.json(id: "e1", case: "C1", type: "registered", at: "2026-10-14T09:00:00+08:00", fields: ["category": "road", "urgency": "normal", "phone": "13800000000", "citizen_name": "张三"])
        let file = try f.write("pii.jsonl", line + "\n")
        let result = f.run(["ingest", file])
        #expect(result.exitCode == 0)
        #expect(result.err.contains("dropped personal-data field 'phone'"))
        let show = f.run(["cases", "show", "C1"])
        #expect(!show.out.contains("13800000000") && !show.out.contains("张三"))
    }

    @Test func aCaseHistoryTableBecomesEvents() throws {
        let f = try F()
        let file = try f.write("history.csv", """
            case_id,category,unit,created_at,urgency,accepted_at,closed_at,due_at,caller_phone
            H1,road.pothole,\(F.unit),2026-10-14T09:00:00+08:00,normal,2026-10-14T10:00:00+08:00,2026-10-15T16:00:00+08:00,,139
            H2,environment.noise,\(F.otherUnit),2026-10-14T22:00:00+08:00,urgent,,,2026-10-15T10:00:00+08:00,

            """)
        let result = f.run(["ingest", file, "--format", "cases"])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.contains("stored 7 events"))
        let show = f.run(["cases", "show", "H2", "--as-of", "2026-10-15T11:00"])
        #expect(show.out.contains("Resolve due 2026-10-15T10:00:00+08:00 (set at dispatch): overdue 1h 0m"))
        #expect(f.run(["ingest", file, "--format", "cases"]).out.contains("nothing new"))
    }

    @Test func rebuildFindsExactlyWhatIsStored() throws {
        let f = try F()
        let file = try f.write("events.jsonl", F.lifecycleLines(cases: 20, prefix: "R").joined(separator: "\n"))
        #expect(f.run(["ingest", file]).exitCode == 0)
        let rebuild = f.run(["cases", "rebuild", "--check"])
        #expect(rebuild.exitCode == 0, "\(rebuild.err)")
        #expect(rebuild.out.contains("rebuilt 20 cases"))
    }
}
