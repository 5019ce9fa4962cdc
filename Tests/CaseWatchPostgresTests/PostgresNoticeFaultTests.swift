import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Testing

@_spi(Testing) import CaseWatchPostgres

/// The test hook that refuses notices of one kind on PostgreSQL, as SQLite's does: the transaction writing
/// one fails as a whole, other kinds pass, and lifting it lets the kind through again.
@Suite(.enabled(if: ThrowawayPostgres.unavailableReason == nil, "no PostgreSQL 13+ to start: apt-get install -y postgresql-15"))
struct PostgresNoticeFaultTests {
    /// A notice of C-1 of `kind`.
    static func notice(_ kind: NoticeKind) -> Notice {
        Notice(
            kind: kind, caseID: CaseID("C-1"), cycle: 1, unit: UnitID("cc.nanguan"), category: "road.pothole",
            urgency: Urgency("normal"), tier: .warning, action: .warn, dueAt: nil, at: Instant(secondsSinceEpoch: 1_728_349_200),
            signoff: nil, next: nil
        )
    }

    @Test func aRefusedKindFailsItsTransactionAsAWholeUntilLifted() throws {
        let database = try SharedPostgres.server().makeDatabase()
        let store = try PostgresCaseStore.migrate(database.location).store
        // The case is made around the API: this hook's test does not depend on the event log's writer.
        try store.executeForTesting("""
            INSERT INTO cases (id, category, urgency, policy_version, registered_at) VALUES ('C-1', 'road.pothole', 'normal', NULL, 0)
            """)
        func noticeCount() throws -> String? { try store.textRowsForTesting("SELECT count(*)::text FROM notices").first?.first ?? nil }
        try store.refuseNotices(ofKind: "it's refused")
        try store.refuseNotices(ofKind: NoticeKind.escalation.rawValue)
        let error = #expect(throws: StoreError.self) {
            try store.write { writer in
                try writer.enqueue(Self.notice(.supervisionOrder))
                try writer.enqueue(Self.notice(.escalation))
            }
        }
        #expect(error?.description.contains("notice refused for a test") == true, "\(String(describing: error))")
        #expect(try noticeCount() == "0", "the notice written before the refused one went with it")
        try store.write { writer in try writer.enqueue(Self.notice(.signoffDecided)) }
        #expect(try noticeCount() == "1", "another kind passes")
        try store.refuseNotices(ofKind: nil)
        try store.write { writer in try writer.enqueue(Self.notice(.escalation)) }
        #expect(try noticeCount() == "2", "lifted")
    }
}
