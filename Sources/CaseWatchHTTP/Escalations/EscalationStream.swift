import CaseWatchConfig
import CaseWatchCore
import CaseWatchStore
import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// `GET /v1/escalations/stream`: each escalation committed after the cursor (or, without one, after the
/// connection) as an `escalation` event whose `id:` is its cursor, in commit order; live, woken by the
/// ``EscalationFeed`` (never by polling the store), with a `: keep-alive` comment after each quiet
/// ``EscalationFeed/keepAlive`` (which reads nothing). When the feed closes (the daemon shuts down) it writes
/// what was committed until then and ends.
enum EscalationStream {
    /// The headers of every event stream: never cached, never buffered by a proxy.
    static let headers: HTTPFields = [
        .contentType: ServerSentEvent.mediaType, .cacheControl: "no-cache", HTTPField.Name("X-Accel-Buffering")!: "no",
    ]

    /// The streaming answer to `query`.
    static func response(_ query: EscalationQuery, environment: APIEnvironment) async throws -> Response {
        let store = environment.store
        let start: Int64
        if let after = query.after {
            start = after
        } else {
            start = try await BlockingWork.run("casewatch.http.escalations.latest") { try store.read { try $0.latestEscalationID() } }
        }
        let follower = EscalationFollower(store: store, after: start, tier: query.tier, unit: query.unit)
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await run(follower, environment: environment, writer: &writer)
        })
    }

    /// Writes events until the client goes or the feed closes.
    private static func run(_ follower: EscalationFollower, environment: APIEnvironment, writer: inout any ResponseBodyWriter) async throws {
        var follower = follower
        let feed = environment.feed
        try await withGracefulShutdownHandler {
            try await writer.write(ByteBuffer(string: ServerSentEvent.retry(milliseconds: 2000)))
            var mark = feed.mark
            var hasNews = true
            while true {
                if hasNews { try await follower.writeNew(to: &writer, zone: environment.policies.current.displayZone) }
                if mark.isClosed { break }
                let next = await feed.wait(past: mark, includingChanges: false, timeout: feed.keepAlive)
                hasNews = next != mark
                if !hasNews { try await writer.write(ByteBuffer(string: ServerSentEvent.comment("keep-alive"))) }
                mark = next
            }
        } onGracefulShutdown: {
            feed.close()
        }
        try await writer.finish(nil)
    }
}
