import CaseWatchCore
import CaseWatchTesting
import Foundation
import GRDB
import Testing
@_spi(Testing) @testable import CaseWatchStore

/// Opening refuses every file that is not a whole CaseWatch database, before writing anything to it.
@Suite struct DatabaseFileTests {
    func size(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? -1
    }

    @Test func aZeroByteFileIsRefusedAndStaysEmpty() throws {
        try TemporaryDirectory.with { directory throws in
            let path = try directory.write("empty.sqlite", "")
            let error = #expect(throws: StoreError.self) { try SQLiteCaseStore.open(at: path) }
            #expect(error?.description.contains("is not a CaseWatch database (the file is empty (0 bytes)") == true, "\(String(describing: error))")
            #expect(try size(path) == 0)
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        }
    }

    @Test func anEmptySQLiteDatabaseAndAForeignApplicationAreRefusedUnchanged() throws {
        try TemporaryDirectory.with { directory throws in
            let empty = directory.path + "/empty.sqlite"
            try DatabaseQueue(path: empty).write { db in try db.execute(sql: "PRAGMA user_version = 1") }
            #expect(throws: StoreError.notCaseWatch(path: empty, detail: "it is an empty SQLite database that CaseWatch did not create")) {
                try SQLiteCaseStore.open(at: empty)
            }
            let foreign = directory.path + "/foreign.sqlite"
            try DatabaseQueue(path: foreign).write { db in
                try db.execute(sql: "PRAGMA application_id = 1; CREATE TABLE grdb_migrations (identifier TEXT)")
            }
            let error = #expect(throws: StoreError.self) { try SQLiteCaseStore.open(at: foreign) }
            #expect(error?.description.contains("application_id 0x00000001") == true)
            // Never switched to WAL: the refused file is left as it was.
            #expect(try DatabaseQueue(path: foreign).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
        }
    }

    @Test func aNewDatabaseCarriesCaseWatchsApplicationIDAndAnOlderOneWithoutItStillOpens() throws {
        try TemporaryStore.with { store throws in
            #expect(try store.pool.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == DatabaseFile.applicationID)
            try store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = 0") }
            let reopened = try SQLiteCaseStore.open(at: store.path)
            #expect(try reopened.schemaVersion() == SQLiteCaseStore.migrationIdentifiers.last)
        }
    }

    @Test func aTruncatedDatabaseIsRefusedAndNotWrittenTo() throws {
        try TemporaryDirectory.with { directory throws in
            let path = directory.path + "/c.sqlite"
            do {
                let store = try SQLiteCaseStore.create(at: path)
                try store.write { writer in
                    for index in 0..<2_000 { try writer.setMeta("key-\(index)", String(repeating: "x", count: 200)) }
                }
                try store.pool.writeWithoutTransaction { _ = try $0.checkpoint(.truncate) }
            }
            let whole = try size(path)
            #expect(whole > 100 * 4_096)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: UInt64(whole / 2))
            try handle.close()
            let error = #expect(throws: StoreError.self) { try SQLiteCaseStore.open(at: path) }
            #expect(error?.description.contains("is damaged") == true && error?.description.contains("truncated") == true, "\(String(describing: error))")
            #expect(try size(path) == whole / 2)
            #expect(error?.description.contains("nothing was written to it") == true)
        }
    }

    /// A `kill -9` in the middle of a checkpoint: page 1 (with the grown page count) is already in the file,
    /// the pages after the old end are not yet, and the log beside it still holds all of them.
    @Test func aFileCutShortByAKilledCheckpointOpensFromItsLog() throws {
        try TemporaryDirectory.with { directory throws in
            let live = directory.path + "/live.sqlite"
            let copy = directory.path + "/copy.sqlite"
            let store = try SQLiteCaseStore.create(at: live)
            try store.pool.writeWithoutTransaction { db in
                _ = try db.checkpoint(.truncate)
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            }
            try store.write { writer in
                for index in 0..<2_000 { try writer.setMeta("key-\(index)", String(repeating: "x", count: 200)) }
            }
            let grownCount = try #require(try store.pool.read { try UInt32.fetchOne($0, sql: "PRAGMA page_count") })
            // What the disk holds at the kill: the file as of the last checkpoint and the whole log.
            try FileManager.default.copyItem(atPath: live, toPath: copy)
            try FileManager.default.copyItem(atPath: live + "-wal", toPath: copy + "-wal")
            let fileSize = try size(copy)
            #expect(UInt64(fileSize) < UInt64(grownCount) * 4_096)
            let handle = try #require(FileHandle(forWritingAtPath: copy))
            try handle.seek(toOffset: 28)
            try handle.write(contentsOf: withUnsafeBytes(of: grownCount.bigEndian) { Data($0) })
            try handle.close()

            let reopened = try SQLiteCaseStore.open(at: copy)
            #expect(try reopened.read { try $0.meta("key-1999") } == String(repeating: "x", count: 200))
            _ = store
        }
    }

    @Test func aFileShorterThanAHeaderIsTruncated() throws {
        try TemporaryDirectory.with { directory throws in
            let path = try directory.write("short.sqlite", "SQLite format 3\0\u{10}")
            let error = #expect(throws: StoreError.self) { try SQLiteCaseStore.open(at: path) }
            #expect(error?.description.contains("shorter than an SQLite header") == true, "\(String(describing: error))")
        }
    }

    @Test func aFullDiskSaysSoAndStoresNothingOfTheTransaction() throws {
        try TemporaryStore.with { store throws in
            _ = try store.capPageCount(1)
            let error = #expect(throws: StoreError.self) {
                try store.write { writer in
                    for index in 0..<2_000 { try writer.setMeta("key-\(index)", String(repeating: "x", count: 200)) }
                }
            }
            #expect(error?.description.contains("the disk holding the database is full; free space on it") == true, "\(String(describing: error))")
            _ = try store.capPageCount(nil)
            #expect(try store.read { try $0.meta("key-0") } == nil)
        }
    }
}
