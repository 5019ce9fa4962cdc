import CaseWatchHTTP
import CaseWatchStore
import Foundation
import Testing

/// A body over `--max-body` is refused with 413 and nothing stored: from its Content-Length before any
/// of it is read, and, sent chunked without a length, as soon as the bytes pass the limit.
@Suite struct EventBodyLimitTests {
    static let head = "POST /v1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ingest-key\r\nContent-Type: application/json\r\n"

    /// What the server answers (up to its close, or 10 s) to `request`, sent by a raw client off the pool.
    func answer(to request: String, port: Int) async throws -> String {
        let received = try await BlockingWork.run("test.body-limit") {
            let connection = try RawConnection(port: port)
            connection.send(request)
            var received = Data()
            let deadline = ContinuousClock.now + .seconds(10)
            while ContinuousClock.now < deadline, !String(decoding: received, as: UTF8.self).contains("}") {
                guard let chunk = connection.receive(waiting: 100) else { break }
                received.append(chunk)
            }
            return received
        }
        return String(decoding: received, as: UTF8.self)
    }

    @Test func aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() async throws {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 4_096
        let bed = try APITestBed(limits: limits)
        try await bed.serving { port in
            // A gigabyte announced, nothing of it sent: the answer cannot wait for the body.
            let text = try await answer(to: Self.head + "Content-Length: 1073741824\r\n\r\n", port: port)
            #expect(text.hasPrefix("HTTP/1.1 413"), "\(text)")
            #expect(text.contains("urn:casewatch:problem:body-too-large"))
        }
        #expect(try bed.eventCount() == 0)
    }

    @Test func aChunkedBodyIsRefusedOnceItPassesTheLimit() async throws {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 4_096
        let bed = try APITestBed(limits: limits)
        let events = String(decoding: APITestBed.array((1...30).flatMap { APITestBed.noiseCase("C\($0)") }).readableBytesView, as: UTF8.self)
        let chunk = String(events.utf8.count, radix: 16) + "\r\n" + events + "\r\n"
        try await bed.serving { port in
            let text = try await answer(to: Self.head + "Transfer-Encoding: chunked\r\n\r\n" + chunk, port: port)
            #expect(text.hasPrefix("HTTP/1.1 413"), "\(text)")
        }
        #expect(try bed.eventCount() == 0)
    }
}
