import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// The daemon's checkpointer writes a signed checkpoint named by its time, atomically, when one is due.
@Test func theCheckpointerWritesOneCheckpointPerIntervalNamedByItsTime() throws {
    let directory = try TemporaryDirectory()
    let store = try SQLiteCaseStore.create(at: directory.path + "/store.sqlite")
    let start = Instant(secondsSinceEpoch: 1_796_466_600)  // 2026-12-05T10:30:00Z
    try store.write { try $0.appendAudit(at: start, actor: "tester", action: "test.entry", detail: "{}") }
    let key = AuditSigningKey.generate()
    var checkpointer = AuditCheckpointer(store: store, key: key, directory: directory.path, intervalSeconds: 3_600)
    let first = try #require(try checkpointer.writeIfDue(at: start))
    #expect(first == directory.path + "/audit-checkpoint-20261205T103000Z.txt")
    #expect(try checkpointer.writeIfDue(at: start.adding(seconds: 3_599)) == nil, "not due before the interval")
    try store.write { try $0.appendAudit(at: start.adding(seconds: 60), actor: "tester", action: "test.entry", detail: "{}") }
    let second = try #require(try checkpointer.writeIfDue(at: start.adding(seconds: 3_600)))
    #expect(second.hasSuffix("audit-checkpoint-20261205T113000Z.txt"))
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("audit-checkpoint") }.sorted()
    #expect(files == ["audit-checkpoint-20261205T103000Z.txt", "audit-checkpoint-20261205T113000Z.txt"], "no temporary file left")
    let (earlier, later) = (try AuditCheckpointFile.read(at: first), try AuditCheckpointFile.read(at: second))
    #expect(key.publicKey.verifies(earlier) && key.publicKey.verifies(later))
    #expect((earlier.entries, later.entries) == (1, 2))
    #expect(try store.read { try $0.compareAudit(with: earlier) } == .consistent(entries: 2, appended: 1))
}

@Test func aFailedCheckpointIsRetriedAfterAMinuteNotAtOnce() throws {
    let directory = try TemporaryDirectory()
    let store = try SQLiteCaseStore.create(at: directory.path + "/store.sqlite")
    let start = Instant(secondsSinceEpoch: 1_796_466_600)
    var checkpointer = AuditCheckpointer(
        store: store, key: AuditSigningKey.generate(), directory: directory.path + "/missing", intervalSeconds: 3_600
    )
    #expect(throws: AuditCheckpointError.self) { try checkpointer.writeIfDue(at: start) }
    #expect(checkpointer.nextDue == start.adding(seconds: 60))
    #expect(try checkpointer.writeIfDue(at: start.adding(seconds: 59)) == nil)
}
