import Foundation

/// `daemon-bench`: the supervision daemon's figures (issue 5), printed, never asserted.
///
/// `daemon-bench latency [cases] [ticks…]`: detection latency on the real clock, in process.
/// `daemon-bench scale [cases] [idle-seconds]`: ready time, idle CPU and memory of the release `casewatchd`.
/// `daemon-bench reload [cases]`: how long a reload over a large store holds due firings back.
/// `daemon-bench idle [cases] [idle-seconds] [pickups]`: idle CPU with HTTP and the watch, a `/metrics`
/// scrape, and how soon another process's events are escalated.
@main
enum DaemonBenchMain {
    static func main() async throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let command = arguments.isEmpty ? "latency" : arguments.removeFirst()
        switch command {
        case "latency": try await LatencyBenchmark.run(arguments: arguments)
        case "scale": try ScaleBenchmark.run(arguments: arguments)
        case "reload": try ReloadBenchmark.run(arguments: arguments)
        case "idle": try IdleBenchmark.run(arguments: arguments)
        default:
            print("usage: daemon-bench latency [cases] [tick-ms…] | scale [cases] [idle-seconds] | reload [cases] | idle [cases] [idle-seconds] [pickups]")
            exit(2)
        }
    }
}
