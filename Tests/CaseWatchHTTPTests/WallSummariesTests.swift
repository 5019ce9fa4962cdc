@testable import CaseWatchHTTP
import Testing

/// The open walls share their summary reads: one read of the store per state of the feed, not one per screen.
@Suite struct WallSummariesTests {
    @Test func streamsAskingAtOnceShareOneReadAndAChangeBringsANewOne() async throws {
        let f = try StreamFixture()
        try f.dispatch("C1", to: "cc.nanguan.ziqiang.dongling", at: "2026-10-12T09:00")
        let environment = f.environment()
        let summaries = environment.wallSummaries
        let opens = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<6 { group.addTask { try await summaries.summary(environment: environment).0.totals.open } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(opens == Array(repeating: 1, count: 6))
        #expect(await summaries.reads == 1)

        try f.dispatch("C2", to: "cc.kuancheng.xinfa.jiayuan", at: "2026-10-12T09:00")
        f.feed.storeChanged()
        #expect(try await summaries.summary(environment: environment).0.totals.open == 2, "the change is read, not the shared summary")
        #expect(await summaries.reads == 2)
    }

    @Test func aStreamSeesOnlyTheEscalationsItHasPassed() async throws {
        let f = try StreamFixture()
        try f.dispatch("C1", to: "cc.nanguan.ziqiang.dongling", at: "2026-10-12T09:00")
        #expect(try f.advance(to: "2026-10-12T13:00").count == 2)
        let environment = f.environment()
        let (summary, _) = try await environment.wallSummaries.summary(environment: environment)
        #expect(summary.recentEscalations.map(\.id) == ["2", "1"])
        #expect(summary.keepingEscalations(upTo: 1).recentEscalations.map(\.id) == ["1"])
        #expect(summary.keepingEscalations(upTo: 0).recentEscalations.isEmpty)
    }
}
