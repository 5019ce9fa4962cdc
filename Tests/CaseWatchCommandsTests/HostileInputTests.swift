import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// The refusals a hostile test campaign asked for: each clear, non-zero, with nothing stored or deleted.
@Suite struct HostileInputTests {
    typealias F = IntakeFixture
    let seeds = CommandHarness.repositoryRoot + "/seeds"

    func initialise(_ db: String, _ extra: [String] = []) -> CommandResult {
        CommandHarness.run(["init", "--db", db, "--seeds", seeds, "--policies", CommandHarness.policies, "--no-events"] + extra)
    }

    @Test func initReplaceNeverDeletesAFileThatIsNotACaseWatchDatabase() throws {
        let directory = try TemporaryDirectory()
        let notes = try directory.write("notes.txt", "precious notes\n")
        let empty = try directory.write("empty.sqlite", "")
        for path in [notes, empty] {
            let result = initialise(path, ["--replace"])
            #expect(result.exitCode != 0)
            #expect(result.err.contains("--replace deletes only a CaseWatch database") && result.err.contains("Nothing was deleted"), "\(result.err)")
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "precious notes\n")
        #expect(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? NSNumber == 0)
    }

    @Test func initReplaceRefusesADatabaseADaemonSupervises() throws {
        let directory = try TemporaryDirectory()
        let db = directory.path + "/c.sqlite"
        #expect(initialise(db).exitCode == 0)
        let ids = { try SQLiteCaseStore.open(at: db).read { try $0.units().count } }
        let before = try ids()
        do {
            let lock = try SupervisorLock.acquire(forDatabase: db)
            let result = initialise(db, ["--replace"])
            #expect(result.exitCode != 0)
            #expect(result.err.contains("supervised by a running casewatchd") && result.err.contains("stop the daemon first"), "\(result.err)")
            withExtendedLifetime(lock) {}
        }
        #expect(try ids() == before)
        #expect(initialise(db, ["--replace"]).exitCode == 0)
    }

    @Test func aZeroByteDatabaseIsRefusedByEveryCommandAndStaysEmpty() throws {
        let directory = try TemporaryDirectory()
        let db = try directory.write("c.sqlite", "")
        let events = try directory.write("e.jsonl", F.lifecycleLines(cases: 1, prefix: "C").joined(separator: "\n"))
        for arguments in [["ingest", events], ["cases", "list"], ["assess", "--period", "2026-10"]] {
            let result = CommandHarness.run(arguments + ["--db", db, "--policies", CommandHarness.policies])
            #expect(result.exitCode != 0)
            #expect(result.err.contains("is not a CaseWatch database (the file is empty (0 bytes)"), "\(arguments): \(result.err)")
        }
        #expect(try FileManager.default.attributesOfItem(atPath: db)[.size] as? NSNumber == 0)
    }

    @Test func rebuildRefusesAPolicyDirectoryLackingAPinnedVersion() throws {
        let f = try F()
        let file = try f.write("events.jsonl", F.lifecycleLines(cases: 2, prefix: "C").joined(separator: "\n"))
        #expect(f.run(["ingest", file]).exitCode == 0)
        let policies = f.directory.path + "/policies"
        try FileManager.default.copyItem(atPath: CommandHarness.policies, toPath: policies)
        let hotline = policies + "/hotline.yaml"
        let text = try String(contentsOfFile: hotline, encoding: .utf8)
        try text.replacingOccurrences(of: "version: \"2026.1\"", with: "version: \"2026.9\"").write(toFile: hotline, atomically: true, encoding: .utf8)
        let rebuild = CommandHarness.run(["cases", "rebuild", "--db", f.db, "--policies", policies])
        #expect(rebuild.exitCode != 0)
        #expect(rebuild.err.contains("lacks the policy version '2026.1' (pinned by 2 cases); nothing was rebuilt"), "\(rebuild.err)")
        let check = f.run(["cases", "rebuild", "--check"])
        #expect(check.exitCode == 0, "\(check.err)")
    }

    @Test func rejectsFilesKeepNoPersonalDataAndOnlyTheirOwnerMayReadThem() throws {
        let f = try F()
        let file = try f.write("history.csv", """
            case_id,category,unit,created_at,姓名,联系电话,详细地址
            H1,road.pothole,\(F.unit),2026-10-14T09:00:00+08:00,张三,13800000000,人民大街1号
            H2,road.pothole,\(F.unit),yesterday,李四,13900000000,人民大街2号

            """)
        let rejects = f.directory.path + "/rejects.jsonl"
        let result = f.run(["ingest", file, "--format", "cases", "--skip-invalid", "--rejects", rejects])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.err.contains("dropped personal-data field '姓名' from 2 records"))
        #expect(result.err.contains("dropped personal-data field '联系电话'"))
        let written = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(written.contains("\"line\":3") && written.contains("[dropped]"), "\(written)")
        for personal in ["李四", "13900000000", "人民大街"] { #expect(!written.contains(personal)) }
        for personal in ["李四", "13900000000"] { #expect(!result.err.contains(personal)) }
        let mode = try #require(FileManager.default.attributesOfItem(atPath: rejects)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue & 0o777 == 0o600)
    }

    @Test func aJSONLineRejectKeepsNoPersonalData() throws {
        let f = try F()
        let line = IntakeLine.json(id: "C0-1", case: "C0", type: "registerd", at: "2026-10-14T09:00:00+08:00", fields: ["caller_phone": "13800000000", "name": "张三"])
        let file = try f.write("e.jsonl", line + "\n")
        let rejects = f.directory.path + "/rejects.jsonl"
        #expect(f.run(["ingest", file, "--skip-invalid", "--rejects", rejects]).exitCode == 0)
        let written = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(written.contains("registerd") && !written.contains("13800000000") && !written.contains("张三"), "\(written)")
    }

    @Test func aColumnNamedTwiceIsRefused() throws {
        let f = try F()
        let file = try f.write("history.csv", """
            case_id,category,unit,created_at,unit
            H1,road.pothole,\(F.unit),2026-10-14T09:00:00+08:00,\(F.otherUnit)

            """)
        let result = f.run(["ingest", file, "--format", "cases"])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("\(file):1: the header names the column 'unit' twice (columns 3 and 5)"), "\(result.err)")
        #expect(f.run(["cases", "list"]).out.contains("no cases match"))
    }

    @Test func aDueBeforeTheCreationIsRefusedNotChanged() throws {
        let f = try F()
        let file = try f.write("history.csv", """
            case_id,category,unit,created_at,due_at
            H1,road.pothole,\(F.unit),2026-10-14T09:00:00+08:00,2026-10-13T09:00:00+08:00

            """)
        let result = f.run(["ingest", file, "--format", "cases"])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("\(file):2: 'due_at' 2026-10-13T09:00:00+08:00 is before 'created_at'"), "\(result.err)")
    }

    @Test func assessUnitRefusesAnUnknownUnit() throws {
        let f = try F()
        let file = try f.write("events.jsonl", F.lifecycleLines(cases: 2, prefix: "C").joined(separator: "\n"))
        #expect(f.run(["ingest", file]).exitCode == 0)
        let unknown = f.run(["assess", "unit", "cc.nanguann", "--period", "2026-10"])
        #expect(unknown.exitCode != 0)
        #expect(unknown.err.contains("unit 'cc.nanguann' is not in the stored unit tree") && !unknown.out.contains("100"), "\(unknown.err)")
    }

    @Test func policyCheckRefusesAnEmptyDirectoryAsTheDaemonDoes() throws {
        let directory = try TemporaryDirectory()
        let empty = directory.path + "/policies"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        let result = CommandHarness.run(["policy", "check", empty])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("holds no *.yaml or *.yml file"), "\(result.err)")
        try FileManager.default.createDirectory(atPath: empty + "/calendars", withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: CommandHarness.calendar, toPath: empty + "/calendars/cn-mainland.yaml")
        let calendarsOnly = CommandHarness.run(["policy", "check", empty])
        #expect(calendarsOnly.exitCode != 0)
        #expect(calendarsOnly.err.contains("no policy file (kind: policy)"), "\(calendarsOnly.err)")
    }

    @Test func aTokenFileThatIsAFolderIsNotToldToChmod() throws {
        let f = try F()
        let result = f.run(["signoff", "list", "--token-file", f.directory.path])
        #expect(result.exitCode != 0)
        #expect(!result.err.contains("chmod") && result.err.contains("not a regular file"), "\(result.err)")
    }

    @Test func anOutFileInAMissingFolderSaysSoWithoutAFoundationCode() throws {
        let f = try F()
        let result = f.run(["assess", "--period", "2026-10", "--format", "csv", "--out", f.directory.path + "/no/such/a.csv"])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("No such file or directory") && result.err.contains("create its folder first"), "\(result.err)")
        #expect(!result.err.contains("NSCocoaErrorDomain") && !result.err.contains("Code="))
    }
}
