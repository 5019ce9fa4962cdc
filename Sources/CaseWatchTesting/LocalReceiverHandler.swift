import NIOCore
import NIOHTTP1

/// The channel handler of a ``LocalReceiver``: gathers a request, records it, answers as scripted.
final class LocalReceiverHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let book: SharedReceiverBook
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var pending: Scheduled<Void>?

    init(book: SharedReceiverBook) {
        self.book = book
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(requestHead):
            head = requestHead
            body = []
        case var .body(buffer):
            body += buffer.readBytes(length: buffer.readableBytes) ?? []
        case .end:
            guard let head else { return }
            let request = RecordedRequest(
                method: head.method.rawValue, uri: head.uri, headers: head.headers.map { ($0.name, $0.value) },
                body: body, receivedAt: .now)
            let behaviour = book.mutex.withLock { $0.receive(request) }
            answer(behaviour, context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        pending?.cancel()
        context.fireChannelInactive()
    }

    private func answer(_ behaviour: LocalReceiver.Behaviour, context: ChannelHandlerContext) {
        switch behaviour {
        case let .ok(body):
            respond(200, body: body, extra: [], context: context)
        case let .status(code, body):
            respond(code, body: body, extra: [], context: context)
        case let .retryAfter(code, value):
            respond(code, body: "", extra: [("Retry-After", value)], context: context)
        case let .delay(seconds, then):
            let loop = context.eventLoop.assumeIsolated()
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            pending = loop.scheduleTask(in: .milliseconds(Int64(seconds * 1_000))) {
                bound.value.0.answer(then, context: bound.value.1)
            }
        case .close:
            context.close(promise: nil)
        }
    }

    private func respond(_ code: Int, body: String, extra: [(String, String)], context: ChannelHandlerContext) {
        var headers = HTTPHeaders([("Content-Type", "application/json"), ("Content-Length", "\(body.utf8.count)")])
        for (name, value) in extra { headers.add(name: name, value: value) }
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: code), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
