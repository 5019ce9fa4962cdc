import CaseWatchConfig
import CaseWatchCore
import CaseWatchStore
import Hummingbird
import ServiceLifecycle

/// `GET /v1/wall/stream`: the wall's live feed. A `summary` event at connect and, after the feed signals a
/// change (an ingest, a firing), again at most once per ``minimumInterval`` and never busier than a quarter of
/// the time (a summary that took `t` to read is followed by the next no sooner than `4t` after it began) —
/// never on a timer while idle;
/// and each escalation as it is committed, as an `escalation` event whose `id:` is its cursor (a
/// reconnecting page resumes after it with `Last-Event-ID`).
enum WallStream {
    /// The shortest time between two summaries of one stream.
    static let minimumInterval = Duration.seconds(1)

    /// The streaming answer; resumes after the request's `Last-Event-ID`, else starts at the latest escalation.
    static func response(_ request: Request, environment: APIEnvironment) async throws -> Response {
        try QueryNames.check(request, allowed: ["access_token"])
        let store = environment.store
        let resumed = try request.headers[.lastEventID].map { header throws(Problem) in
            try EscalationQuery.cursor(header, source: "header Last-Event-ID")
        }
        let start: Int64
        if let resumed {
            start = resumed
        } else {
            start = try await BlockingWork.run("casewatch.http.wall.latest") { try store.read { try $0.latestEscalationID() } }
        }
        return Response(status: .ok, headers: EscalationStream.headers, body: ResponseBody { writer in
            try await run(from: start, environment: environment, writer: &writer)
        })
    }

    /// Writes summaries and escalations until the client goes or the feed closes.
    private static func run(from start: Int64, environment: APIEnvironment, writer: inout any ResponseBodyWriter) async throws {
        let feed = environment.feed
        var follower = EscalationFollower(store: environment.store, after: start, tier: nil, unit: nil)
        try await withGracefulShutdownHandler {
            try await writer.write(ByteBuffer(string: ServerSentEvent.retry(milliseconds: 2000)))
            var mark = feed.mark
            var summarized = ContinuousClock.now
            var directory = try await sendSummary(environment: environment, upTo: follower.scanned, writer: &writer)
            var interval = max(minimumInterval, (ContinuousClock.now - summarized) * 4)
            var hasNews = true
            var isStale = false
            while true {
                if hasNews {
                    try await follower.writeNew(to: &writer, zone: environment.policies.current.displayZone, naming: directory.name(of:))
                }
                if mark.isClosed { break }
                let sinceSummary = ContinuousClock.now - summarized
                if isStale, sinceSummary >= interval {
                    summarized = ContinuousClock.now
                    directory = try await sendSummary(environment: environment, upTo: follower.scanned, writer: &writer)
                    interval = max(minimumInterval, (ContinuousClock.now - summarized) * 4)
                    isStale = false
                }
                let timeout = isStale ? interval - sinceSummary : feed.keepAlive
                let next = await feed.wait(past: mark, includingChanges: true, timeout: timeout)
                hasNews = next != mark
                if hasNews {
                    isStale = true
                } else if !isStale {
                    try await writer.write(ByteBuffer(string: ServerSentEvent.comment("keep-alive")))
                }
                mark = next
            }
        } onGracefulShutdown: {
            feed.close()
        }
        try await writer.finish(nil)
    }

    /// Writes a `summary` event of the store now (shared by the open walls: ``WallSummaries``), its recent
    /// escalations those up to id `lastEscalation` (the stream has passed them; later ones come as `escalation`
    /// events, marked on the page as fresh); returns the unit directory it read.
    private static func sendSummary(
        environment: APIEnvironment, upTo lastEscalation: Int64, writer: inout any ResponseBodyWriter
    ) async throws -> UnitDirectory {
        let (summary, directory) = try await environment.wallSummaries.summary(environment: environment)
        let data = String(decoding: try StreamJSON.encode(summary.keepingEscalations(upTo: lastEscalation)), as: UTF8.self)
        try await writer.write(ByteBuffer(string: ServerSentEvent(id: nil, event: "summary", data: data).text))
        return directory
    }
}
