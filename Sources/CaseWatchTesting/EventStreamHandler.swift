import NIOCore
import NIOHTTP1

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

/// Writes one GET request (a head and its end) as soon as the connection is active, on its event loop.
final class RequestSender: ChannelInboundHandler, Sendable {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    let request: HTTPRequestHead

    init(request: HTTPRequestHead) {
        self.request = request
    }

    func channelActive(context: ChannelHandlerContext) {
        context.write(wrapOutboundOut(.head(request)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        context.fireChannelActive()
    }
}
