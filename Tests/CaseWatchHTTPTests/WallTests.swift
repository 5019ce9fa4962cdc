import CaseWatchHTTP
import CaseWatchTesting
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The supervision wall: its page at `/` (no credential, Chinese unless `?lang=en`) and its live feed
/// `/v1/wall/stream` (a summary at connect and after each change, at most once a second; escalations as
/// they fire).
@Suite(.timeLimit(.minutes(1))) struct WallTests {
    @Test func thePageNeedsNoCredentialAndSpeaksChineseUnlessAskedForEnglish() async throws {
        let f = try StreamFixture()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("connect-src 'self'") == true)
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"zh-CN\">"))
                #expect(page.contains("<title>12345热线督办大屏</title>"))
                #expect(page.contains("new EventSource(\"/v1/wall/stream?access_token=\""))
                #expect(!page.contains("{{"), "every placeholder is filled")
                #expect(!page.contains("http://") && !page.contains("https://"), "nothing is fetched from elsewhere")
            }
            try await client.execute(uri: "/?lang=en", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"en\">"))
                #expect(page.contains("<title>12345 Hotline Supervision Wall</title>"))
            }
            try await client.execute(uri: "/?lang=fr", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("'lang': 'fr' is not offered; use zh (the default) or en"))
            }
            try await client.execute(uri: "/?key=read-key", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("unknown query parameter 'key'; this route reads lang"))
            }
        }
    }

    static func object(_ message: EventStreamMessage?) throws -> [String: Any] {
        let data = try #require(message?.data)
        return try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
    }

    static func district(_ summary: [String: Any], _ name: String) -> [String: Any]? {
        (summary["districts"] as? [[String: Any]])?.first { $0["name"] as? String == name }
    }

    @Test func aSummaryAtConnectThenEscalationsAsTheyFireThenASummaryAgain() async throws {
        let f = try StreamFixture()
        try f.dispatch("C1", to: "cc.nanguan.ziqiang.dongling", at: "2026-10-12T09:00")
        try f.dispatch("C2", to: "cc.kuancheng.xinfa.jiayuan", at: "2026-10-12T09:00")
        try f.advance(to: "2026-10-12T09:10")
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            let wall = try await EventStreamClient.connect(port: try #require(client.port), path: "/v1/wall/stream", headers: ["Authorization": "Bearer read-key"])
            #expect(wall.status == 200)
            let first = await wall.nextEvent()
            #expect(first?.event == "summary")
            let summary = try Self.object(first)
            #expect(summary["now"] as? String == "2026-10-12T09:10:00+08:00")
            #expect(summary["totals"] as? [String: Int] == ["open": 2, "overdue": 0])
            #expect(Self.district(summary, "南关区")?["open"] as? Int == 1)
            #expect(Self.district(summary, "宽城区")?["open"] as? Int == 1)
            #expect(Self.district(summary, "朝阳区")?["open"] as? Int == 0, "every district has its row")
            let deadlines = try #require(summary["deadlines"] as? [String: Any])
            #expect(deadlines["instants"] as? [String] == ["2026-10-12T09:15:00+08:00", "2026-10-12T09:15:00+08:00"], "the accept deadlines")
            #expect(deadlines["day_end"] as? String == "2026-10-13T00:00:00+08:00")
            #expect((summary["recent_escalations"] as? [Any])?.isEmpty == true)

            try f.advance(to: "2026-10-12T13:00")
            var escalations: [String] = []
            var next = try #require(await wall.nextEvent())
            while next.event == "escalation" {
                let item = try Self.object(next)
                escalations.append("\(next.id!) \(item["case_id"]!) \(item["tier"]!) \(item["unit_name"]!)")
                next = try #require(await wall.nextEvent())
            }
            #expect(escalations == ["1 C1 warning 东岭社区", "2 C2 warning 嘉园社区", "3 C1 overdue 东岭社区", "4 C2 overdue 嘉园社区"])
            #expect(next.event == "summary")
            let after = try Self.object(next)
            #expect(after["totals"] as? [String: Int] == ["open": 2, "overdue": 2])
            #expect(Self.district(after, "南关区")?["overdue"] as? Int == 1)
            let top = try #require(after["top_units"] as? [[String: Any]])
            #expect(top.map { $0["name"] as? String } == ["嘉园社区", "东岭社区"], "as many overdue: by unit id")
            #expect(top.map { $0["district"] as? String } == ["宽城区", "南关区"])
            #expect((after["recent_escalations"] as? [[String: Any]])?.map { $0["id"] as? String } == ["4", "3", "2", "1"])
            await wall.close()
        }
    }

    /// An escalation the stream has not yet sent comes as an `escalation` event of its own, never inside a
    /// summary (where the page would show it as old): the summary lists only what the stream has passed.
    @Test func aSummaryListsOnlyEscalationsTheStreamHasPassed() async throws {
        let f = try StreamFixture()
        try f.dispatch("C1", to: "cc.nanguan.ziqiang.dongling", at: "2026-10-12T09:00")
        try f.advance(to: "2026-10-12T13:00")
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            // Resuming after escalation 1: 2 is news to this stream, though committed before it connected.
            let wall = try await EventStreamClient.connect(
                port: try #require(client.port), path: "/v1/wall/stream?access_token=read-key", headers: ["Last-Event-ID": "1"]
            )
            let summary = try Self.object(await wall.nextEvent())
            #expect((summary["recent_escalations"] as? [[String: Any]])?.map { $0["id"] as? String } == ["1"])
            let next = try #require(await wall.nextEvent())
            #expect(next.event == "escalation" && next.id == "2")
            await wall.close()
        }
    }

    @Test func anIngestSignalBringsASummaryAndSignoffsAreCountedByLevel() async throws {
        let f = try StreamFixture()
        try f.dispatch("C1", to: "cc.nanguan.ziqiang.dongling", at: "2026-10-12T09:00")
        try f.advance(to: "2026-10-16T18:00")
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            let wall = try await EventStreamClient.connect(port: try #require(client.port), path: "/v1/wall/stream?access_token=read-key")
            let summary = try Self.object(await wall.nextEvent())
            let signoffs = try #require(summary["signoffs"] as? [[String: Any]])
            #expect(signoffs.map { $0["level"] as? String } == ["district"])
            #expect(signoffs.first?["count"] as? Int == 1)
            let oldest = try #require((signoffs.first?["oldest"] as? [[String: Any]])?.first)
            #expect(oldest["case_id"] as? String == "C1")
            #expect(oldest["unit_name"] as? String == "东岭社区")
            try f.dispatch("C2", to: "cc.kuancheng.xinfa.jiayuan", at: "2026-10-16T18:00")
            f.feed.storeChanged()
            let next = try #require(await wall.nextEvent())
            #expect(next.event == "summary")
            #expect((try Self.object(next)["totals"] as? [String: Int])?["open"] == 2)
            await wall.close()
        }
    }

    @Test func casesOfTheCitysDepartmentsAndUndispatchedCasesHaveARowEach() async throws {
        let f = try StreamFixture()
        try f.dispatch("C1", to: "cc.chengguan", at: "2026-10-12T09:00")
        try f.dispatch("C2", to: "cc.zhujian", at: "2026-10-12T09:00")
        try f.dispatch("C3", to: "cc.nanguan.ziqiang", at: "2026-10-12T09:00")
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            let wall = try await EventStreamClient.connect(port: try #require(client.port), path: "/v1/wall/stream?access_token=read-key")
            let summary = try Self.object(await wall.nextEvent())
            let rows = try #require(summary["districts"] as? [[String: Any]])
            let departments = try #require(rows.first { $0["kind"] as? String == "departments" })
            #expect(departments["open"] as? Int == 2)
            #expect(departments["name"] == nil && departments["unit"] == nil)
            #expect(Self.district(summary, "南关区")?["open"] as? Int == 1, "a street counts in its district")
            #expect(rows.filter { $0["kind"] as? String == "district" }.count == 8)
            #expect(!rows.contains { $0["kind"] as? String == "unassigned" }, "no row for what no case is in")
            await wall.close()
        }
    }

    @Test func anIngestThroughTheAPIBringsASummary() async throws {
        let f = try StreamFixture()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            let wall = try await EventStreamClient.connect(port: try #require(client.port), path: "/v1/wall/stream?access_token=read-key")
            #expect((try Self.object(await wall.nextEvent())["totals"] as? [String: Int])?["open"] == 0)
            let lines = [
                IntakeLine.json(id: "C9-1", case: "C9", type: "registered", at: "2026-10-12T09:00:00+08:00", fields: ["category": "road", "urgency": "normal"]),
                IntakeLine.json(id: "C9-2", case: "C9", type: "dispatched", at: "2026-10-12T09:00:00+08:00", fields: ["unit": "cc.nanguan.ziqiang.dongling"]),
            ]
            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array(lines)) { response in
                #expect(response.status == .ok)
            }
            let next = try #require(await wall.nextEvent())
            #expect(next.event == "summary")
            #expect((try Self.object(next)["totals"] as? [String: Int])?["open"] == 1)
            await wall.close()
        }
    }

    @Test func changesInQuickSuccessionBringOneSummaryASecond() async throws {
        let f = try StreamFixture()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            // Each summary begins at least a second after the one before, the first after the connection.
            let connecting = ContinuousClock.now
            let wall = try await EventStreamClient.connect(port: try #require(client.port), path: "/v1/wall/stream?access_token=read-key")
            #expect(await wall.nextEvent()?.event == "summary")
            for _ in 0..<2 {
                for _ in 0..<5 { f.feed.storeChanged() }
                #expect(await wall.nextEvent()?.event == "summary", "five changes, one summary")
            }
            #expect(ContinuousClock.now - connecting >= .seconds(2), "had a burst brought two summaries, the third would come sooner")
            await wall.close()
        }
    }

    @Test func theFeedNeedsTheReadScope() async throws {
        let f = try StreamFixture()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/wall/stream", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/wall/stream", method: .get, headers: [.authorization: "Bearer ingest-key"]) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/v1/wall/stream?lang=en", method: .get, headers: [.authorization: "Bearer read-key"]) { response in
                #expect(response.status == .badRequest)
            }
        }
    }
}
