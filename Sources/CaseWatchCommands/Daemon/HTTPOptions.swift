import ArgumentParser
import CaseWatchEngine
import CaseWatchHTTP
import Logging
import ServiceLifecycle

/// The daemon's HTTP options, and the HTTP service they make.
struct HTTPOptions: ParsableArguments {
    @Option(help: "Serve the API, the supervision wall and /metrics at host:port. A non-loopback address needs --tls-cert and --tls-key, or --insecure-http.")
    var http = ListenAddress.standard.description

    @Flag(help: "Serve no HTTP at all.")
    var noHttp = false

    @Option(help: "The TLS certificate chain (PEM) to serve HTTPS with; needs --tls-key.")
    var tlsCert: String?

    @Option(help: "The TLS private key (PEM) matching --tls-cert.")
    var tlsKey: String?

    @Flag(help: "Serve plain HTTP on a non-loopback address (only behind a TLS-terminating proxy on a trusted network).")
    var insecureHttp = false

    @Option(help: "The largest request body in bytes (e.g. 8388608); larger ones are refused with 413.", transform: {
        try ArgumentReading.count($0, option: "--max-body", in: 1_024...(1 << 30))
    })
    var maxBody = HTTPLimits.defaultMaxBodyBytes

    @Option(help: "Seconds a client may take to send a request's head and body (default 30); a slower one is cut off.", transform: {
        try ArgumentReading.count($0, option: "--request-timeout", in: 1...3_600)
    })
    var requestTimeout = HTTPLimits().requestTimeoutSeconds

    @Option(help: "Requests each API key or leader may make, written <n>/s (default 200/s); bursts of twice that. More are answered 429.", transform: {
        try RequestRate.argument($0)
    })
    var rateLimit = RequestRate(perSecond: HTTPLimits().requestsPerSecond)

    /// The address to listen on, checked: a non-loopback address has TLS or an explicit --insecure-http.
    func address() throws -> ListenAddress? {
        if noHttp { return nil }
        guard let address = ListenAddress(parsing: http) else {
            throw CommandFailure("--http '\(http)': write host:port, e.g. 127.0.0.1:8345 or [::1]:8345 (port 0 to 65535)")
        }
        if (tlsCert == nil) != (tlsKey == nil) { throw CommandFailure("--tls-cert and --tls-key go together: give both, or neither") }
        if !address.isLoopback, tlsCert == nil, !insecureHttp {
            throw CommandFailure(
                "--http \(address): other machines could reach it, so it needs TLS: pass --tls-cert and --tls-key (or --insecure-http behind a TLS proxy)"
            )
        }
        return address
    }

    /// The limits the options set.
    var limits: HTTPLimits {
        var limits = HTTPLimits()
        limits.maxBodyBytes = maxBody
        limits.requestTimeoutSeconds = requestTimeout
        (limits.requestsPerSecond, limits.burst) = (rateLimit.perSecond, 2 * rateLimit.perSecond)
        return limits
    }

    /// The TLS files, or nil for plain HTTP.
    var tlsFiles: TLSFiles? {
        guard let tlsCert, let tlsKey else { return nil }
        return TLSFiles(certificate: tlsCert, key: tlsKey)
    }

    /// The HTTP service over `environment`, or nil with --no-http.
    func service(environment: APIEnvironment) throws -> (any Service)? {
        guard let address = try address() else { return nil }
        let logger = environment.logger
        let tls = tlsFiles
        do {
            return try APIServer.application(environment, address: address, tls: tls) { port in
                logger.info("serving HTTP", metadata: ["address": "\(ListenAddress(host: address.host, port: port))", "tls": "\(tls != nil)"])
            }
        } catch let unreadable as TLSFiles.Unreadable {
            throw CommandFailure(
                "--tls-cert \(tls?.certificate ?? "") / --tls-key \(tls?.key ?? ""): cannot be used (\(unreadable.reason)); give a PEM certificate chain and its PEM private key"
            )
        }
    }
}
