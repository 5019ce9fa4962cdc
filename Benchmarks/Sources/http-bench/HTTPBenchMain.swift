import Foundation

/// `http-bench [seconds] [connections] [--rate <events/s>] [--url <base> --key <API key> --unit <unit id>]`:
/// the HTTP API's figures on loopback.
///
/// By default the daemon's HTTP service and supervision run in this process on a fresh file database, with
/// a fixed bench key (until API keys are on main, the `casewatchd` binary accepts no credential). With
/// `--url`, the load goes to a running `casewatchd` instead (its key needs the ingest and read scopes, its
/// rate limit must allow the load, and `--unit` must be in its unit tree); detection is then not measured.
///
/// 1. `POST /v1/events` in requests of 100 events (durable), from `connections` concurrent connections for
///    `seconds`: events per second and the request latency percentiles; meanwhile one case per request falls
///    due a second after it is posted, and the supervision's detection lateness (fired after commit − due)
///    is measured under that load. With `--rate`, the requests go out at that many events per second
///    instead (open loop, up to `connections` at a time, latency counted from each request's due start).
/// 2. `GET /v1/cases/{id}` of random stored cases for `seconds`: requests per second and percentiles.
@main
struct HTTPBenchMain {
    static func main() async throws {
        var positional: [Int] = []
        var options: [String: String] = [:]
        var arguments = CommandLine.arguments.dropFirst()[...]
        while let argument = arguments.popFirst() {
            if argument.hasPrefix("--"), let value = arguments.popFirst() {
                options[String(argument.dropFirst(2))] = value
            } else if let number = Int(argument) {
                positional.append(number)
            }
        }
        var benchmark = HTTPBenchmark(seconds: positional.first ?? 10, connections: positional.dropFirst().first ?? 16)
        benchmark.rate = options["rate"].flatMap { Int($0) }
        if let url = options["url"] {
            try await benchmark.run(against: url, key: options["key"] ?? "", unit: options["unit"] ?? "cc.nanguan")
        } else {
            try await benchmark.run()
        }
    }
}
