import AsyncHTTPClient
import CaseWatchCore
import NIOCore

/// The one HTTP client every channel shares: connection pooling across receivers, no redirects followed (a
/// signed body never goes where the routing did not send it), a deadline per request. Shut it down once, when
/// the dispatcher has stopped.
public final class DeliveryHTTPClient: Sendable {
    /// The most bytes of a response body read (enough for a robot's error code and message).
    static let responseLimit = 64 * 1024

    private let client: HTTPClient

    /// A client on NIO's shared event loops.
    public init() {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.timeout = .init(connect: .seconds(30), read: .seconds(300))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Closes every connection; call once, after the last request.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// POSTs `body` to `url` with `headers`, giving up after `timeoutSeconds`; never throws, a failure to connect
    /// or to answer in time comes back as the exchange's `error`.
    func post(url: String, headers: [(String, String)], body: [UInt8], timeoutSeconds: Int64) async -> HTTPExchange {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let response = try await client.execute(request, timeout: .seconds(timeoutSeconds))
            let collected = try await response.body.collect(upTo: Self.responseLimit)
            return HTTPExchange(
                status: Int(response.status.code), retryAfter: response.headers.first(name: "Retry-After"),
                body: Array(buffer: collected), error: nil)
        } catch {
            return HTTPExchange(
                status: nil, retryAfter: nil, body: [], error: TransportErrorText.describe(error, timeoutSeconds: timeoutSeconds))
        }
    }
}

/// What one HTTP exchange came to: the status, `Retry-After` and body when the receiver answered, an error
/// otherwise.
struct HTTPExchange: Sendable {
    let status: Int?
    let retryAfter: String?
    let body: [UInt8]
    let error: String?
}

/// Transport errors as the attempt log records them: `timeout after 10 s`, `connection refused`, `connection reset`.
enum TransportErrorText {
    static func describe(_ error: any Error, timeoutSeconds: Int64) -> String {
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout:
                return "timeout after \(timeoutSeconds) s"
            case .remoteConnectionClosed:
                return "connection closed by the receiver before an answer"
            default:
                break
            }
        }
        let text = String(describing: error)
        let lowered = text.lowercased()
        if lowered.contains("refused") { return "connection refused" }
        if lowered.contains("reset by peer") || lowered.contains("connection reset") { return "connection reset" }
        if lowered.contains("timeout") || lowered.contains("timed out") { return "timeout after \(timeoutSeconds) s" }
        return text
    }
}
