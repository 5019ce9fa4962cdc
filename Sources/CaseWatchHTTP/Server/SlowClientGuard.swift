import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request (head and body) is not received within a time limit: a slow client
/// (slowloris) cannot hold a connection by trickling bytes.
///
/// Only the receiving of a request is timed, never the sending of a response: a Server-Sent Events stream
/// may run for hours. The clock starts when the first bytes of a request arrive (seen by
/// ``SlowClientArrivals``, first in the pipeline, so a head sent byte by byte counts) and stops when the
/// request's end has been decoded; an idle keep-alive connection is the idle timeout's business.
final class SlowClientGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let arrivals: SlowClientArrivals

    /// A guard closing connections whose request takes longer than `timeout` to arrive.
    init(timeout: TimeAmount) {
        arrivals = SlowClientArrivals(timeout: timeout)
    }

    /// The handlers to add to each HTTP/1 connection (after the HTTP codec): one guard.
    static func handlers(timeoutSeconds: Int) -> [any RemovableChannelHandler] {
        [SlowClientGuard(timeout: .seconds(Int64(timeoutSeconds)))]
    }

    func handlerAdded(context: ChannelHandlerContext) {
        // The arrivals are watched before any decoding (before TLS too: a slow handshake counts).
        try? context.pipeline.syncOperations.addHandler(arrivals, position: .first)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) { arrivals.requestReceived() }
        context.fireChannelRead(data)
    }
}

/// The bytes arriving on a connection: starts the clock of a request at its first bytes and closes the
/// connection when the request is not received in time.
final class SlowClientArrivals: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let timeout: TimeAmount
    /// The close planned for a request being received; nil between requests.
    private var deadline: Scheduled<Void>?

    init(timeout: TimeAmount) {
        self.timeout = timeout
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        requestReceived()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if deadline == nil {
            let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
            deadline = context.eventLoop.scheduleTask(in: timeout) { loopBound.value.close(promise: nil) }
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        requestReceived()
        context.fireChannelInactive()
    }

    /// The request being received has arrived whole: its clock stops (called on the channel's event loop).
    func requestReceived() {
        deadline?.cancel()
        deadline = nil
    }
}
