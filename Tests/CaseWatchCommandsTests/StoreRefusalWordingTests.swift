import CaseWatchTesting
import Foundation
import Testing

/// The store states the fact; the commands add how to fix it, in their words only.
@Suite struct StoreRefusalWordingTests {
    @Test func aMissingDatabaseIsNamedWithTheCommandThatCreatesOne() throws {
        try TemporaryDirectory.with { directory throws in
            let db = directory.path + "/missing.sqlite"
            let result = CommandHarness.run(["cases", "list", "--db", db])
            #expect(result.exitCode == 1)
            #expect(result.err.contains("no CaseWatch database at '\(db)'; create it with `casewatch init`"), "\(result.err)")
            #expect(!FileManager.default.fileExists(atPath: db))
        }
    }

    @Test func aForeignFileIsNamedWithWhereTheRightOneComesFrom() throws {
        try TemporaryDirectory.with { directory throws in
            let db = try directory.write("notes.sqlite", String(repeating: "not a database\n", count: 100))
            let result = CommandHarness.run(["status", "--db", db])
            #expect(result.exitCode == 1)
            #expect(result.err.contains("is not a CaseWatch database"), "\(result.err)")
            #expect(result.err.contains("point --db at the store `casewatch init` created"), "\(result.err)")
        }
    }

    @Test func aTruncatedDatabaseIsToldToBeRestored() throws {
        try TemporaryDirectory.with { directory throws in
            let db = directory.path + "/city.sqlite"
            let seeds = CommandHarness.repositoryRoot + "/seeds"
            let created = CommandHarness.run(["init", "--db", db, "--seeds", seeds, "--policies", CommandHarness.policies])
            #expect(created.exitCode == 0, "\(created.err)")
            let whole = try #require(FileManager.default.attributesOfItem(atPath: db)[.size] as? NSNumber).intValue
            let handle = try #require(FileHandle(forWritingAtPath: db))
            try handle.truncate(atOffset: UInt64(whole / 2))
            try handle.close()
            let result = CommandHarness.run(["cases", "list", "--db", db])
            #expect(result.exitCode == 1)
            #expect(result.err.contains("is damaged"), "\(result.err)")
            #expect(result.err.contains("restore it from a backup"), "\(result.err)")
        }
    }
}
