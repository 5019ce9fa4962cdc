import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// `casewatch replay` tells nobody unless given `--notify`.
@Suite struct ReplayNotifyCommandTests {
    static let history = """
        case_id,category,unit,created_at
        R1,sanitation,unit-a,2026-10-12T09:00:00+08:00

        """

    /// Replays the one-case history into a fresh database with `extra` arguments; returns the notices written.
    static func replay(_ extra: [String]) throws -> [Notice] {
        try TemporaryDirectory.with { directory in
            let file = try directory.write("history.csv", history)
            let db = directory.path + "/replay.sqlite"
            let result = CommandHarness.run(
                ["replay", file, "--db", db, "--policies", CommandHarness.policies, "--as-of", "2026-10-31T00:00:00+08:00"] + extra
            )
            #expect(result.exitCode == 0, "\(result.err)")
            return try SQLiteCaseStore.open(at: db).read { try $0.unroutedNotices(limit: 1_000) }.map(\.notice)
        }
    }

    @Test func aReplayWritesNoNoticeWithoutNotify() throws {
        #expect(try Self.replay([]).isEmpty)
    }

    @Test func aReplayWithNotifyWritesEachEscalationsNotices() throws {
        let notices = try Self.replay(["--notify"])
        #expect(notices.filter { $0.kind == .escalation }.map(\.tier) == [.warning, .overdue, .urge, .leadership, .notice])
        #expect(notices.filter { $0.kind == .signoffRequested }.count == 1)
        #expect(notices.allSatisfy { $0.caseID == CaseID("R1") && $0.unit == UnitID("unit-a") })
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: BostonReplayTests.history), "needs ../shared/data/boston311"))
    func theBostonReplayTellsNobody() throws {
        let (db, result) = BostonReplayTests.replayed
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(try SQLiteCaseStore.open(at: db).read { try $0.unroutedNoticeCount() } == 0)
    }
}
