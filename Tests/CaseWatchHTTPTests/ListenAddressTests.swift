import CaseWatchHTTP
import Testing

/// `--http` reads host:port and [ipv6]:port; only loopback addresses count as safe for plain HTTP.
@Suite struct ListenAddressTests {
    @Test(arguments: [
        ("127.0.0.1:8345", "127.0.0.1", 8345, true), ("[::1]:0", "::1", 0, true), ("localhost:80", "localhost", 80, true),
        ("0.0.0.0:8345", "0.0.0.0", 8345, false), ("10.1.2.3:443", "10.1.2.3", 443, false), ("[2001:db8::1]:8345", "2001:db8::1", 8345, false),
    ])
    func addressesAreReadAndJudged(text: String, host: String, port: Int, loopback: Bool) throws {
        let address = try #require(ListenAddress(parsing: text))
        #expect(address.host == host && address.port == port)
        #expect(address.isLoopback == loopback)
        #expect(address.description == text)
    }

    @Test(arguments: ["8345", ":8345", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:-1", "::1:8345", "[::1]8345", "host:port"])
    func malformedAddressesAreRefused(text: String) {
        #expect(ListenAddress(parsing: text) == nil)
    }
}
