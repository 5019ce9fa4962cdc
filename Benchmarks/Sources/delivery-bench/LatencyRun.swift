import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// Notices committed one at a time, 2 ms apart, each followed by the daemon's wake: the time from the commit
/// to the receiver holding the request (its 2xx follows at once).
enum LatencyRun {
    static func run(notices: Int) async throws {
        let outbox = try await BenchOutbox.make(receivers: 1)
        try outbox.registerCases(notices, at: SystemClock().now)
        let service = outbox.service
        let running = Task { try await service.run() }
        service.activate()
        var committed: [Int64: ContinuousClock.Instant] = [:]
        for n in 0..<notices {
            let id = try outbox.store.write { try $0.enqueue(BenchOutbox.notice(n, at: SystemClock().now)) }
            committed[id] = .now
            service.noticesWritten()
            try await Task.sleep(for: .milliseconds(2))
        }
        let receiver = outbox.receivers[0]
        let arrived = await receiver.requests(count: notices)
        running.cancel()
        _ = try? await running.value
        let keys = try outbox.store.read { try $0.deliveries(limit: notices * 2) }
        let noticeOfKey = Dictionary(uniqueKeysWithValues: keys.map { ($0.idempotencyKey, $0.noticeID) })
        var latencies: [Double] = []
        for request in arrived {
            guard let key = request.header("X-CaseWatch-Delivery"), let id = noticeOfKey[key], let start = committed[id] else { continue }
            latencies.append(milliseconds(request.receivedAt - start))
        }
        latencies.sort()
        print("== delivery latency: \(notices) notices committed 2 ms apart, one local webhook receiver")
        print(String(
            format: "commit → receiver: min %.2f ms  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  (%d received)",
            latencies.first ?? 0, percentile(latencies, 0.50), percentile(latencies, 0.90), percentile(latencies, 0.99),
            latencies.last ?? 0, latencies.count
        ))
        try await outbox.shutdown()
    }
}

/// Milliseconds in a duration.
func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}

/// The value below which `share` of the sorted `values` lie.
func percentile(_ values: [Double], _ share: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    return values[min(values.count - 1, Int(Double(values.count) * share))]
}
