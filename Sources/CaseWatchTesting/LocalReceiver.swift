import NIOCore
import NIOHTTP1
import NIOPosix

/// A small HTTP/1.1 server on 127.0.0.1 (an ephemeral port) standing in for a webhook or robot in tests: it
/// records every request and answers each with the next scripted ``Behaviour`` (then the default one).
///
/// Shut it down with ``shutdown()``; a test waits for requests with ``requests(count:)``, never by sleeping.
public final class LocalReceiver: Sendable {
    /// The server's channel.
    private let channel: any Channel
    private let book: SharedReceiverBook

    /// The port it listens on.
    public let port: Int

    /// `http://127.0.0.1:<port><path>`.
    public func url(_ path: String = "/hook") -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Starts a receiver answering with `script` in order, then with `otherwise`.
    public static func start(script: [Behaviour] = [], otherwise: Behaviour = .ok()) async throws -> LocalReceiver {
        let book = SharedReceiverBook(LocalReceiverBook(script: script, otherwise: otherwise))
        let receiver = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(LocalReceiverHandler(book: book))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        return LocalReceiver(channel: receiver, book: book)
    }

    /// A URL on 127.0.0.1 where nothing listens (a port held by a socket that never listens): connections are refused.
    public static func refusingURL() async throws -> String {
        "http://127.0.0.1:\(try ReservedPort.take())/hook"
    }

    private init(channel: any Channel, book: SharedReceiverBook) {
        self.channel = channel
        self.book = book
        port = channel.localAddress?.port ?? 0
    }

    /// Stops listening.
    public func shutdown() async throws {
        try await channel.close()
    }

    /// Adds behaviours to the end of the script.
    public func script(_ behaviours: [Behaviour]) {
        book.mutex.withLock { $0.script.append(contentsOf: behaviours) }
    }

    /// Every request received so far, in order.
    public var requests: [RecordedRequest] { book.mutex.withLock { $0.requests } }

    /// Waits until at least `count` requests have been received and returns them all.
    public func requests(count: Int) async -> [RecordedRequest] {
        await withCheckedContinuation { continuation in
            book.mutex.withLock { book in
                if book.requests.count >= count {
                    continuation.resume(returning: book.requests)
                } else {
                    book.waiters.append((count, continuation))
                }
            }
        }
    }

    /// How the receiver answers one request.
    public enum Behaviour: Sendable, Hashable {
        /// 200 with `body` (a robot's success answer by default).
        case ok(body: String = #"{"errcode":0,"errmsg":"ok"}"#)
        /// `code` with `body`.
        case status(Int, body: String = "")
        /// `code` (429 or 503) with a `Retry-After` header of `retryAfter` (seconds or an HTTP-date).
        case retryAfter(Int, String)
        /// Answers with `then` after `seconds` (scheduled on the event loop, never a blocked thread).
        indirect case delay(Double, then: Behaviour)
        /// Closes the connection without answering.
        case close
    }
}

/// One request as the receiver saw it.
public struct RecordedRequest: Sendable {
    /// `POST`, `GET`…
    public let method: String
    /// The path and query.
    public let uri: String
    /// The headers, in order.
    public let headers: [(name: String, value: String)]
    /// The body's bytes.
    public let body: [UInt8]
    /// When the whole request had arrived.
    public let receivedAt: ContinuousClock.Instant

    /// The first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The query's parameters, percent-decoding left to the caller.
    public var query: [String: String] {
        guard let start = uri.firstIndex(of: "?") else { return [:] }
        var result: [String: String] = [:]
        for pair in uri[uri.index(after: start)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            result[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return result
    }
}
