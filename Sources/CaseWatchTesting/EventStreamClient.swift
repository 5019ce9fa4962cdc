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
    ///
    /// The request is written by the connection's event loop the moment it connects, not after the caller
    /// resumes: a test process whose cooperative pool is busy for long (the whole suite on two cores) would
    /// otherwise leave the connection silent until the server's idle timeout closed it.
    public static func connect(port: Int, path: String, headers: [String: String] = [:]) async throws -> EventStreamClient {
        let (stream, continuation) = AsyncStream.makeStream(of: StreamPart.self)
        var head = HTTPHeaders([("Host", "127.0.0.1:\(port)"), ("Accept", "text/event-stream")])
        for (name, value) in headers { head.replaceOrAdd(name: name, value: value) }
        let request = HTTPRequestHead(version: .http1_1, method: .GET, uri: path, headers: head)
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(StreamHandler(continuation: continuation))
                    try channel.pipeline.syncOperations.addHandler(RequestSender(request: request))
                }
            }
            .connect(host: "127.0.0.1", port: port).get()
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

    /// Why no stream was read.
    public enum Failure: Error {
        /// The connection closed before the answer's head came.
        case noAnswer
    }
}
