import CaseWatchHTTP
import CaseWatchTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `GET /v1/escalations/stream`: escalations as Server-Sent Events, woken by the feed (never by polling),
/// resumable with `Last-Event-ID` with nothing missed or repeated.
@Suite(.timeLimit(.minutes(1))) struct EscalationStreamTests {
    static let read = ["Authorization": "Bearer read-key"]

    /// The `case tier` of each event's data.
    static func describe(_ message: EventStreamMessage?) throws -> String {
        let message = try #require(message)
        let data = try #require(message.data)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        #expect(message.id == object["id"] as? String, "the event's id is its cursor")
        return "\(message.id ?? "-") \(object["case_id"]!) \(object["tier"]!)"
    }

    @Test func aReconnectWithLastEventIDMissesAndRepeatsNothing() async throws {
        let f = try StreamFixture()
        try f.dispatch("C1", to: "cc.nanguan.ziqiang.dongling", at: "2026-10-12T09:00")
        try f.dispatch("C2", to: "cc.kuancheng.xinfa.jiayuan", at: "2026-10-12T10:00")
        try f.advance(to: "2026-10-12T12:12")
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let first = try await EventStreamClient.connect(port: port, path: "/v1/escalations/stream?after=0", headers: Self.read)
            #expect(first.status == 200)
            #expect(first.headers["content-type"] == "text/event-stream; charset=utf-8")
            #expect(try Self.describe(await first.nextEvent()) == "1 C1 warning")
            // Live: C2's warning (13:12) and C1's overdue (13:00) fire while the client listens.
            try f.advance(to: "2026-10-12T13:12")
            #expect(try Self.describe(await first.nextEvent()) == "2 C1 overdue")
            #expect(try Self.describe(await first.nextEvent()) == "3 C2 warning")
            await first.close()
            // While no one listens: C2's overdue (14:00).
            try f.advance(to: "2026-10-12T14:00")
            let second = try await EventStreamClient.connect(
                port: port, path: "/v1/escalations/stream?after=0", headers: Self.read.merging(["Last-Event-ID": "3"]) { $1 }
            )
            #expect(try Self.describe(await second.nextEvent()) == "4 C2 overdue")
            try f.advance(to: "2026-10-13T23:00")
            let urges = [try Self.describe(await second.nextEvent()), try Self.describe(await second.nextEvent())]
            #expect(urges == ["5 C1 urge", "6 C2 urge"])
            await second.close()
        }
    }

    @Test func theStreamIsWokenByTheFeedNotByPollingTheStore() async throws {
        let f = try StreamFixture(keepAlive: .milliseconds(100))
        try f.dispatch("C1", to: "cc.nanguan.ziqiang.dongling", at: "2026-10-12T09:00")
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            let stream = try await EventStreamClient.connect(port: try #require(client.port), path: "/v1/escalations/stream", headers: Self.read)
            #expect(await stream.next()?.comment == nil, "first the retry interval")
            #expect(await stream.next()?.comment == "keep-alive", "it has read the store and waits")
            // Committed, not signalled: the stream, awake (its keep-alives come), does not read the store.
            try f.advance(to: "2026-10-12T12:12", signal: false)
            for _ in 0..<3 { #expect(await stream.next()?.comment == "keep-alive") }
            f.feed.escalationsCommitted([try #require(f.store.read { try $0.escalations() }.first?.escalation)])
            var message = await stream.next()
            while message?.comment == "keep-alive" { message = await stream.next() }
            #expect(try Self.describe(message) == "1 C1 warning")
            await stream.close()
        }
    }

    @Test func withoutACursorTheStreamStartsAfterWhatIsCommittedAndFiltersApply() async throws {
        let f = try StreamFixture()
        try f.dispatch("C1", to: "cc.nanguan.ziqiang.dongling", at: "2026-10-12T09:00")
        try f.dispatch("C2", to: "cc.kuancheng.xinfa.jiayuan", at: "2026-10-12T09:00")
        try f.advance(to: "2026-10-12T12:12")
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let all = try await EventStreamClient.connect(port: port, path: "/v1/escalations/stream", headers: Self.read)
            let kuancheng = try await EventStreamClient.connect(
                port: port, path: "/v1/escalations/stream?after=0&unit=cc.kuancheng&tier=overdue", headers: Self.read
            )
            try f.advance(to: "2026-10-12T13:00")
            #expect(try Self.describe(await all.nextEvent()) == "3 C1 overdue")
            #expect(try Self.describe(await all.nextEvent()) == "4 C2 overdue")
            #expect(try Self.describe(await kuancheng.nextEvent()) == "4 C2 overdue")
            await all.close()
            await kuancheng.close()
        }
    }

    @Test func aBrowserPassesItsKeyAsAccessTokenAndABadCursorIsRefused() async throws {
        let f = try StreamFixture()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let browser = try await EventStreamClient.connect(port: port, path: "/v1/escalations/stream?access_token=read-key")
            #expect(browser.status == 200)
            await browser.close()
            let bad = try await EventStreamClient.connect(
                port: port, path: "/v1/escalations/stream", headers: Self.read.merging(["Last-Event-ID": "x7"]) { $1 }
            )
            #expect(bad.status == 400)
            #expect(await bad.readToEnd().contains("header Last-Event-ID: 'x7' is not an escalation cursor"))
        }
    }

    @Test func closingTheFeedEndsEveryStream() async throws {
        let f = try StreamFixture()
        let app = Application(router: APIServer.router(f.environment()))
        try await app.test(.live) { client in
            let stream = try await EventStreamClient.connect(port: try #require(client.port), path: "/v1/escalations/stream", headers: Self.read)
            _ = await stream.next()
            f.feed.close()
            #expect(await stream.next() == nil)
        }
    }
}

/// The daemon's graceful shutdown (SIGTERM) ends the open streams, so that the HTTP service, and the
/// daemon, stop instead of waiting for clients that never leave.
@Suite(.timeLimit(.minutes(1))) struct StreamShutdownTests {
    @Test func aGracefulShutdownEndsOpenStreams() async throws {
        let server = try WallServer()
        let feed = server.environment.feed
        try await server.run(supervising: false) { port, shutdown in
            let escalations = try await EventStreamClient.connect(
                port: port, path: "/v1/escalations/stream", headers: ["Authorization": "Bearer read-key"]
            )
            let wall = try await EventStreamClient.connect(port: port, path: "/v1/wall/stream?access_token=read-key")
            #expect(await wall.nextEvent()?.event == "summary")
            #expect(await eventually { feed.waiting == 2 })
            await shutdown()
            #expect(await escalations.readToEnd().hasPrefix("retry: 2000"))
            #expect(await wall.next() == nil)
            #expect(feed.mark.isClosed)
        }
    }
}
