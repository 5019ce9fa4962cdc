import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// The wall in a real browser (headless Chromium): a page opened with a read key shows an escalation that
/// fires after it was opened, without a reload. Skipped when Chromium is not installed (CI installs it:
/// `apt-get install -y chromium`).
@Suite(.enabled(if: HeadlessChromium.executable != nil, "Chromium is not installed: apt-get install -y chromium"), .timeLimit(.minutes(2)))
struct WallBrowserTests {
    @Test func anEscalationFiringAfterThePageOpenedAppearsOnItWithoutAReload() async throws {
        let server = try WallServer()
        let profile = try TemporaryDirectory()
        let profilePath = profile.path
        let environment = server.environment
        let store = environment.store
        let policies = server.policies
        let dom = try await server.run { port, _ in
            let (browser, output) = try HeadlessChromium.start(
                "http://127.0.0.1:\(port)/#key=read-key", arguments: ["--dump-dom"], profile: profilePath
            )
            // The page is loaded and follows the wall's stream: its connection waits on the feed.
            #expect(await eventually { environment.feed.waiting >= 1 })
            // A case due two seconds from now, ingested as `casewatch ingest` does, then the daemon told.
            let now = SystemClock().now
            let lines = [
                IntakeLine.json(id: "W1-1", case: "W1", type: "registered", at: now, fields: ["category": "environment.noise", "urgency": "urgent"]),
                IntakeLine.json(
                    id: "W1-2", case: "W1", type: "dispatched", at: now,
                    fields: ["unit": "cc.nanguan.ziqiang.dongling", "resolve_by": InstantFormatter.format(now.adding(seconds: 2), offsetSeconds: 0)]
                ),
            ]
            let intake = EventIntake(store: store, catalog: policies)
            let check = try intake.check(JSONLinesEventReader.read(lines.joined(separator: "\n")).records)
            #expect(check.problems.isEmpty)
            _ = try intake.append(check.accepted, source: "test", recordedAt: now)
            environment.link.followNow()
            environment.feed.storeChanged()
            #expect(try await eventually { try store.read { try $0.escalations(caseID: CaseID("W1"), tier: .overdue) }.count == 1 })
            // Its streams end (the page then settles and Chromium prints its DOM).
            environment.feed.close()
            return await HeadlessChromium.finish(browser, output: output)
        }
        #expect(dom.contains("<li class=\"fresh\" data-id="), "an escalation arrived live")
        #expect(dom.contains("data-case=\"W1\" data-tier=\"overdue\""), "\(dom.prefix(3000))")
        #expect(dom.contains("东岭社区"))
        withExtendedLifetime(profile) {}
    }

    @Test func withoutAKeyThePageSaysHowToOpenIt() async throws {
        let server = try WallServer()
        let profile = try TemporaryDirectory()
        let profilePath = profile.path
        let dom = try await server.run(supervising: false) { port, _ in
            let (browser, output) = try HeadlessChromium.start("http://127.0.0.1:\(port)/?lang=en", arguments: ["--dump-dom"], profile: profilePath)
            return await HeadlessChromium.finish(browser, output: output)
        }
        #expect(dom.contains("This page needs a read key. Open it as /#key=&lt;key&gt;"), "\(dom.prefix(2000))")
        #expect(dom.contains("<main id=\"wall\" hidden=\"\">"))
        withExtendedLifetime(profile) {}
    }

    /// Where to write the README's screenshot of the wall (`CASEWATCH_WALL_SCREENSHOT=docs/wall.png`); nil: not made.
    static let screenshotPath = ProcessInfo.processInfo.environment["CASEWATCH_WALL_SCREENSHOT"]

    /// The README's screenshot: the seeds' history (`seeds/events.jsonl`) replayed up to Friday 2026-11-27
    /// 15:30, the wall at 1920×1080 at that instant. Made only when `CASEWATCH_WALL_SCREENSHOT` names the file
    /// (`CASEWATCH_WALL_LANG=en`: the English page).
    @Test(.enabled(if: screenshotPath != nil, "set CASEWATCH_WALL_SCREENSHOT=<png> to make the wall's screenshot"))
    func theWallsScreenshot() async throws {
        let zone = ZoneRules(identifier: "Asia/Shanghai")!
        let asOf = try InstantParser.parse("2026-11-27T15:30:00+08:00", zone: zone)
        let server = try WallServer(clock: ManualClock(asOf))
        let history = try String(contentsOfFile: HTTPFixtures.repositoryRoot + "/seeds/events.jsonl", encoding: .utf8)
        let records = JSONLinesEventReader.read(history).records.filter { $0.event.at <= asOf }
        _ = try HistoryReplay(store: server.environment.store, catalog: server.policies, explicitDeadlines: false).run(records, asOf: asOf)
        let profile = try TemporaryDirectory()
        let profilePath = profile.path
        let path = try #require(Self.screenshotPath)
        let language = ProcessInfo.processInfo.environment["CASEWATCH_WALL_LANG"]
        let target = path.hasPrefix("/") ? path : HTTPFixtures.repositoryRoot + "/" + path
        try? FileManager.default.removeItem(atPath: target)
        // Each stream ends after its summary, so that the page settles for the picture.
        server.environment.feed.close()
        _ = try await server.run(supervising: false) { port, _ in
            let (browser, output) = try HeadlessChromium.start(
                "http://127.0.0.1:\(port)/\(language.map { "?lang=\($0)" } ?? "")#key=read-key",
                arguments: ["--screenshot=\(target)", "--window-size=1920,1080", "--hide-scrollbars"], profile: profilePath
            )
            return await HeadlessChromium.finish(browser, output: output)
        }
        #expect(FileManager.default.fileExists(atPath: target))
        withExtendedLifetime(profile) {}
    }
}
