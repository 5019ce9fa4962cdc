import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// A surge: notices committed in one transaction, then the delivery service started; the time until every
/// receiver holds every message (routing, sending and recording each attempt durably included).
enum ThroughputRun {
    static func run(notices: Int, receivers: Int) async throws {
        let outbox = try await BenchOutbox.make(receivers: receivers)
        let now = SystemClock().now
        try outbox.registerCases(notices, at: now)
        try outbox.store.write { writer in
            for n in 0..<notices { _ = try writer.enqueue(BenchOutbox.notice(n, at: now)) }
        }
        let service = outbox.service
        let started = ContinuousClock.now
        let running = Task { try await service.run() }
        service.activate()
        for receiver in outbox.receivers { _ = await receiver.requests(count: notices) }
        let received = ContinuousClock.now
        // Every attempt recorded as sent, too.
        while try outbox.store.read({ try $0.outbox(at: SystemClock().now).pending }) > 0 {
            try await Task.sleep(for: .milliseconds(5))
        }
        let recorded = ContinuousClock.now
        running.cancel()
        _ = try? await running.value
        let deliveries = notices * receivers
        print("== delivery throughput: \(notices) notices × \(receivers) local webhook receivers = \(deliveries) deliveries")
        print(String(
            format: "all received in %.2f s: %.0f deliveries/s; all recorded as sent in %.2f s: %.0f deliveries/s",
            seconds(received - started), Double(deliveries) / seconds(received - started),
            seconds(recorded - started), Double(deliveries) / seconds(recorded - started)
        ))
        try await outbox.shutdown()
    }
}

/// Seconds in a duration.
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
