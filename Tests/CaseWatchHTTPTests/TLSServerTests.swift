import AsyncHTTPClient
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import NIOCore
import NIOSSL
import Testing

/// `--tls-cert`/`--tls-key`: the service speaks HTTPS with the given certificate, only HTTPS, and names what
/// is wrong with files it cannot use. The certificate is made for each run by `openssl` (in every Debian
/// image; the tests are skipped with the reason where it is missing).
@Suite(.enabled(if: OpenSSLTool.path != nil, "openssl is not installed: apt-get install -y openssl"))
struct TLSServerTests {

    /// A self-signed certificate for 127.0.0.1 and its key, written into `directory`.
    static func certificate(in directory: TemporaryDirectory) throws -> TLSFiles {
        let files = TLSFiles(certificate: directory.path + "/cert.pem", key: directory.path + "/key.pem")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: OpenSSLTool.path!)
        process.arguments = [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
            "-keyout", files.key, "-out", files.certificate, "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
        ]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openssl could not make a certificate")
        return files
    }

    /// A client that trusts `certificate` and nothing else.
    static func client(trusting certificate: String) throws -> HTTPClient {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(certificate))
        var configuration = HTTPClient.Configuration(tlsConfiguration: tls)
        configuration.timeout = .init(connect: .seconds(10), read: .seconds(10))
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    @Test func theServiceAnswersOverTLSWithItsCertificateAndOnlyOverTLS() async throws {
        let directory = try TemporaryDirectory()
        let files = try Self.certificate(in: directory)
        try await APITestBed().serving(tls: files) { port in
            // The client trusts that certificate alone (no system roots) and checks it names 127.0.0.1: the
            // answer proves the server presented it.
            let trusting = try Self.client(trusting: files.certificate)
            defer { _ = trusting.shutdown() }
            let answer = try await trusting.execute(HTTPClientRequest(url: "https://127.0.0.1:\(port)/healthz"), timeout: .seconds(10))
            #expect(answer.status == .ok)
            let body = try await answer.body.collect(upTo: 1 << 16)
            #expect(String(buffer: body).contains("ok"))

            // Plain HTTP on the TLS port gets no HTTP answer: the connection is closed, at most after an alert.
            let received = try await BlockingWork.run("test.plain-on-tls") {
                let connection = try RawConnection(port: port)
                connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                return connection.receiveUntilClosed(deadline: ContinuousClock.now + .seconds(20))
            }
            let bytes = try #require(received, "the connection is closed")
            #expect(!String(decoding: bytes, as: UTF8.self).hasPrefix("HTTP/"))
        }
        withExtendedLifetime(directory) {}
    }

    @Test func filesThatAreNoCertificateOrKeyAreRefusedWithTheReason() throws {
        let directory = try TemporaryDirectory()
        let good = try Self.certificate(in: directory)
        let notPEM = try directory.write("not.pem", "hello")
        let bed = try APITestBed()
        let address = ListenAddress(host: "127.0.0.1", port: 0)
        for files in [
            TLSFiles(certificate: notPEM, key: good.key), TLSFiles(certificate: good.certificate, key: notPEM),
            TLSFiles(certificate: directory.path + "/missing.pem", key: good.key),
        ] {
            let error = #expect(throws: TLSFiles.Unreadable.self) { _ = try APIServer.application(bed.environment, address: address, tls: files) }
            #expect(error?.reason.isEmpty == false, "\(files)")
        }
        withExtendedLifetime(directory) {}
    }
}

/// The `openssl` command the TLS tests make certificates with, nil when it is not installed.
enum OpenSSLTool {
    static let path = ["/usr/bin/openssl", "/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }
}
