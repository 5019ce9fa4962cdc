import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Testing

/// A replay tells nobody unless asked; asked, it writes the notices the daemon would have written.
@Suite struct ReplayNoticeTests {
    typealias F = ReplayFixture

    static let lines = [
        F.line(1, "registered", "2026-10-12T09:00", F.registered), F.line(2, "dispatched", "2026-10-12T09:00", ["unit": "unit-a"]),
        F.line(1, "registered", "2026-10-13T09:00", F.registered, case: "C2"),
        F.line(2, "dispatched", "2026-10-13T09:00", ["unit": "unit-a"], case: "C2"),
        F.line(3, "replied", "2026-10-14T09:00", case: "C2"),
    ]

    /// Replays ``lines`` up to the end of October, notifying when told; returns the escalations and notices.
    static func replay(notify: Bool) throws -> ([Escalation], [Notice]) {
        let f = try F()
        var replay = HistoryReplay(store: f.store, catalog: f.policies, explicitDeadlines: false)
        replay.batchSize = 2
        replay.notify = notify
        _ = try replay.run(JSONLinesEventReader.read(lines.joined(separator: "\n")).records, asOf: f.at("2026-10-31T00:00"))
        return try f.store.read { reader in
            (try reader.escalations().map(\.escalation), try reader.unroutedNotices(limit: 1_000).map(\.notice))
        }
    }

    @Test func aReplayWritesNoNoticeByDefault() throws {
        let (escalations, notices) = try Self.replay(notify: false)
        #expect(escalations.count == 5)
        #expect(notices.isEmpty)
    }

    @Test func aReplayAskedToNotifyWritesWhatTheDaemonWrites() throws {
        let (escalations, notices) = try Self.replay(notify: true)
        #expect(notices.filter { $0.kind == .escalation }.map(\.tier) == escalations.map(\.tier))
        #expect(notices.filter { $0.kind == .signoffRequested }.count == 1)
        let live = try F()
        var supervisor = try SupervisorNoticeTests.started(live)
        let end = try live.at("2026-10-31T00:00")
        while let next = supervisor.nextDue, next <= end {
            _ = try supervisor.advance(to: next)
        }
        #expect(notices == (try SupervisorNoticeTests.notices(live)), "the replay is the daemon's oracle, each step live on time")
    }
}
