import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTesting
import Logging
import ServiceLifecycle
import Testing

@testable import CaseWatchHTTP

/// Slow clients (slowloris) are cut off when a request's head and body take longer than the request
/// timeout to arrive; a response that takes longer than that to send is never cut.
///
/// The raw client blocks in `poll` and `recv`: it runs through ``BlockingWork`` so that the server in the
/// same process keeps the cooperative threads.
@Suite struct SlowClientTests {
    /// Runs the daemon's HTTP service (request timeout 1 s) on a free port of 127.0.0.1 during `body`.
    func withService(_ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        var limits = HTTPLimits()
        limits.requestTimeoutSeconds = 1
        try await APITestBed(limits: limits).serving(body)
    }

    @Test func aHeadSentByteByByteIsCutOffAfterTheTimeout() async throws {
        try await withService { port in
            let (closed, took) = try await BlockingWork.run("test.slow-head") {
                let connection = try RawConnection(port: port)
                let head = Array("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + String(repeating: "a", count: 200))
                let started = ContinuousClock.now
                let deadline = started + .seconds(10)
                // One byte every 100 ms (each wait is for the close, bounded): the head would take 20 s.
                for byte in head where ContinuousClock.now < deadline {
                    connection.send(String(byte))
                    if connection.receive(waiting: 100) == nil { return (true, ContinuousClock.now - started) }
                }
                return (false, ContinuousClock.now - started)
            }
            #expect(closed)
            #expect(took < .seconds(5))
        }
    }

    @Test func aBodySentSlowlyIsCutOffAfterTheTimeout() async throws {
        try await withService { port in
            let (received, took) = try await BlockingWork.run("test.slow-body") {
                let connection = try RawConnection(port: port)
                connection.send("POST /v1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ingest-key\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n[")
                let started = ContinuousClock.now
                let received = connection.receiveUntilClosed(deadline: started + .seconds(10))
                return (received, ContinuousClock.now - started)
            }
            #expect(received != nil, "the connection stayed open")
            #expect(took < .seconds(5))
        }
    }

    @Test func aCompleteRequestIsAnsweredAndTheConnectionKeptForTheNext() async throws {
        try await withService { port in
            let answers = try await BlockingWork.run("test.keep-alive") {
                let connection = try RawConnection(port: port)
                return (0..<2).map { _ in
                    connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    var answer = Data()
                    let deadline = ContinuousClock.now + .seconds(10)
                    while !String(decoding: answer, as: UTF8.self).hasSuffix("ok\n"), ContinuousClock.now < deadline {
                        guard let chunk = connection.receive(waiting: 100) else { break }
                        answer.append(chunk)
                    }
                    return String(decoding: answer, as: UTF8.self)
                }
            }
            #expect(answers.count == 2)
            for answer in answers { #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer)") }
        }
    }

    @Test func aResponseLongerThanTheTimeoutIsNeverCut() async throws {
        let router = Router()
        router.get("slow") { _, _ in
            Response(status: .ok, body: ResponseBody { writer in
                for part in ["one\n", "two\n", "three\n"] {
                    try await writer.write(ByteBuffer(string: part))
                    // The server takes its time (a stream of events): 3 × 0.7 s, longer than the 1 s timeout.
                    try await Task.sleep(for: .milliseconds(700))
                }
                try await writer.finish(nil)
            })
        }
        let app = Application(
            router: router,
            server: .http1(configuration: HTTP1Channel.Configuration(additionalChannelHandlers: SlowClientGuard.handlers(timeoutSeconds: 1))),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0))
        )
        try await app.test(.live) { client in
            let port = client.port!
            let received = try await BlockingWork.run("test.long-response") {
                let connection = try RawConnection(port: port)
                connection.send("GET /slow HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                return connection.receiveUntilClosed(deadline: ContinuousClock.now + .seconds(30))
            }
            let text = String(decoding: received ?? Data(), as: UTF8.self)
            #expect(text.contains("one\n") && text.contains("two\n") && text.contains("three\n"), "\(text)")
        }
    }
}
