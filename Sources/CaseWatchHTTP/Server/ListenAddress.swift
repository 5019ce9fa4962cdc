/// Where the HTTP service listens: a host (a name, an IPv4 address or a bracketed IPv6 address) and a port.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// The address the daemon listens on unless told otherwise: loopback only.
    public static let standard = ListenAddress(host: "127.0.0.1", port: 8345)

    /// The host, without brackets.
    public let host: String
    /// The port (0: any free port, for tests).
    public let port: Int

    /// An address of `host` and `port`.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Reads `host:port` or `[ipv6]:port`; nil when the text is not of that shape or the port is not 0–65535.
    public init?(parsing text: String) {
        let host: Substring
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else { return nil }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":"), !text[..<colon].contains(":") else { return nil }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty, let port = Int(portText), (0...65_535).contains(port) else { return nil }
        self.init(host: String(host), port: port)
    }

    /// Whether only this machine can reach the address (127.0.0.0/8, ::1, localhost): plain HTTP is then safe.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// `host:port`, IPv6 hosts in brackets.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
