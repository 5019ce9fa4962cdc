import CaseWatchCore
import Foundation

/// `delivery-bench [latency [notices]] [throughput [notices] [receivers]]`: the time from a committed notice to
/// the receiver's 2xx, and deliveries per second, through the daemon's outbox to local webhook receivers.
@main
enum DeliveryBenchMain {
    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let number = { (index: Int, fallback: Int) in arguments.count > index ? Int(arguments[index]) ?? fallback : fallback }
        switch arguments.first {
        case nil:
            try await LatencyRun.run(notices: 2_000)
            try await ThroughputRun.run(notices: 2_500, receivers: 8)
        case "latency":
            try await LatencyRun.run(notices: number(1, 2_000))
        case "throughput":
            try await ThroughputRun.run(notices: number(1, 2_500), receivers: number(2, 8))
        default:
            print("usage: delivery-bench [latency [notices]] [throughput [notices] [receivers]]")
        }
    }
}
