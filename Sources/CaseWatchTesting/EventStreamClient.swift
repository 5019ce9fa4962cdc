import NIOCore
import NIOHTTP1
import NIOPosix

/// A Server-Sent Events client for tests: one GET on 127.0.0.1 whose answer is read as it arrives, message
/// by message (``EventStreamMessage``), never waiting for its end. ``close()`` drops the connection (a
/// client going away, or reconnecting).
public final class EventStreamClient {
    /// The answer's status code.
    public let status: Int
    /// The answer's headers (names lowercased).
    public let headers: [String: String]
    private let channel: any Channel
    private var parts: AsyncStream<StreamPart>.AsyncIterator
    private var pending: [UInt8] = []
    private var body: [UInt8] = []

    /// Connects to `127.0.0.1:port` and sends `GET path` with `headers`; returns once the answer's head arrived.
    public static func connect(port: Int, path: String, headers: [String: String] = [:]) async throws -> EventStreamClient {
        let (stream, continuation) = AsyncStream.makeStream(of: StreamPart.self)
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(StreamHandler(continuation: continuation))
                }
            }
            .connect(host: "127.0.0.1", port: port).get()
        var head = HTTPHeaders([("Host", "127.0.0.1:\(port)"), ("Accept", "text/event-stream")])
        for (name, value) in headers { head.replaceOrAdd(name: name, value: value) }
        channel.write(HTTPClientRequestPart.head(HTTPRequestHead(version: .http1_1, method: .GET, uri: path, headers: head)), promise: nil)
        try await channel.writeAndFlush(HTTPClientRequestPart.end(nil))
        var parts = stream.makeAsyncIterator()
        guard case let .head(status, fields)? = await parts.next() else { throw Failure.noAnswer }
        return EventStreamClient(status: status, headers: fields, channel: channel, parts: parts)
    }

    private init(status: Int, headers: [String: String], channel: any Channel, parts: AsyncStream<StreamPart>.AsyncIterator) {
        self.status = status
        self.headers = headers
        self.channel = channel
        self.parts = parts
    }

    /// The next message (an event, a comment or a `retry:`), nil when the answer ended.
    public func next() async -> EventStreamMessage? {
        while true {
            if let end = pending.indices.dropLast().first(where: { pending[$0] == 10 && pending[$0 + 1] == 10 }) {
                let block = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeSubrange(...(end + 1))
                return EventStreamMessage(block)
            }
            switch await parts.next() {
            case let .bytes(bytes)?:
                pending += bytes
                body += bytes
            case .head?: continue
            case nil: return nil
            }
        }
    }

    /// The next event (skipping comments and `retry:`), nil when the answer ended.
    public func nextEvent() async -> EventStreamMessage? {
        while let message = await next() {
            if message.event != nil { return message }
        }
        return nil
    }

    /// The whole body of an answer that ends (a problem), read to its end.
    public func readToEnd() async -> String {
        while await next() != nil {}
        return String(decoding: body, as: UTF8.self)
    }

    /// Drops the connection.
    public func close() async {
        try? await channel.close()
    }

    /// The server did not answer.
    public enum Failure: Error { case noAnswer }
}

/// One message of an event stream: an event (`event`, `id`, `data`), or a comment, or a `retry:`.
public struct EventStreamMessage: Sendable, Hashable {
    /// The `id:` field.
    public var id: String?
    /// The `event:` field; nil for a comment or a lone `retry:`.
    public var event: String?
    /// The `data:` lines, joined by newlines.
    public var data: String?
    /// The comment's text (`: keep-alive` → `keep-alive`).
    public var comment: String?

    init(_ block: String) {
        var data: [String] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(":") {
                let text = line.dropFirst()
                comment = String(text.first == " " ? text.dropFirst() : text)
            } else if line.hasPrefix("id: ") {
                id = String(line.dropFirst(4))
            } else if line.hasPrefix("event: ") {
                event = String(line.dropFirst(7))
            } else if line.hasPrefix("data: ") {
                data.append(String(line.dropFirst(6)))
            }
        }
        self.data = data.isEmpty ? nil : data.joined(separator: "\n")
    }
}

/// What the channel passes up: the head, then pieces of the body as text.
enum StreamPart: Sendable {
    case head(Int, [String: String])
    case bytes([UInt8])
}

/// Passes the answer's parts to the client's stream as they arrive.
final class StreamHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = HTTPClientResponsePart

    let continuation: AsyncStream<StreamPart>.Continuation

    init(continuation: AsyncStream<StreamPart>.Continuation) {
        self.continuation = continuation
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(head):
            var fields: [String: String] = [:]
            for (name, value) in head.headers { fields[name.lowercased()] = value }
            continuation.yield(.head(Int(head.status.code), fields))
        case let .body(buffer):
            continuation.yield(.bytes(Array(buffer.readableBytesView)))
        case .end:
            continuation.finish()
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        continuation.finish()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        continuation.finish()
        context.close(promise: nil)
    }
}
