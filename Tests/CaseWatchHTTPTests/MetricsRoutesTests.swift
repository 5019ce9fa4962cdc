import CaseWatchCore
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `GET /metrics`: no credential needed; the Prometheus text format; the store's gauges as they are at the
/// scrape; escalations, their lateness and events ingested as the daemon counts them; and `promtool check
/// metrics` finds nothing to say about it.
@Suite struct MetricsRoutesTests {
    /// The value of the sample `name` (with its labels, e.g. `casewatch_open_cases{status="dispatched"}`).
    func sample(_ text: String, _ name: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ").last!) }
    }

    @Test func aScrapeShowsTheStoresGaugesAndWhatTheDaemonCounted() async throws {
        let f = try OpsFixture()
        let (open, steps) = try f.store.read { (try $0.openCaseCount(), try $0.pendingStepSummary().count) }
        f.metrics.eventsIngested(7)
        let late = Escalation.sample(dueAt: f.clock.now, tier: .overdue)
        f.metrics.escalationsFired([late, late], nanosecondsSinceEpoch: f.clock.nanosecondsSinceEpoch() + 30_000_000)
        try await f.application().test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
                let text = String(buffer: response.body)
                #expect(sample(text, "casewatch_open_cases{status=\"dispatched\"}") == Double(open))
                #expect(sample(text, "casewatch_pending_steps") == Double(steps))
                #expect(sample(text, "casewatch_http_events_ingested_total") == 7)
                #expect(sample(text, "casewatch_escalations_total{tier=\"overdue\"}") == 2)
                #expect(sample(text, "casewatch_escalations_total{tier=\"urge\"}") == 0)
                // 30 ms late: in the 50 ms bucket, not the 25 ms one.
                #expect(sample(text, "casewatch_detection_lateness_seconds_bucket{le=\"0.025\"}") == 0)
                #expect(sample(text, "casewatch_detection_lateness_seconds_bucket{le=\"0.05\"}") == 2)
                #expect(sample(text, "casewatch_signoffs_pending{level=\"district\"}") != nil)
                #expect(sample(text, "casewatch_wheel_filled") == 0)
                let tiers = TierName.allCases.compactMap { sample(text, "casewatch_pending_steps_by_tier{tier=\"\($0.rawValue)\"}") }
                #expect(tiers.count == TierName.allCases.count && Int(tiers.reduce(0, +)) == steps)
                #expect(text.contains("# HELP casewatch_open_cases "))
            }
            // A case more: the next scrape shows it (read at the scrape, not cached).
            try OpsFixture.ingest(OpsFixture.urgentCase("NEW", at: f.clock.now, unit: "cc.nanguan"), store: f.store, policies: f.policies, at: f.clock.now)
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(sample(String(buffer: response.body), "casewatch_pending_steps") == Double(steps + 1))
            }
            try await client.execute(uri: "/metrics?format=json", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("unknown query parameter 'format'"))
            }
        }
    }

    @Test(.enabled(if: Promtool.path != nil, "promtool is not installed (Debian: apt-get install prometheus); CI installs it"))
    func promtoolFindsNothingToSayAboutAScrape() async throws {
        let f = try OpsFixture()
        f.metrics.eventsIngested(3)
        f.metrics.escalationsFired(f.fired, nanosecondsSinceEpoch: f.clock.nanosecondsSinceEpoch())
        try await f.application().test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                let (status, output) = try Promtool.checkMetrics(Data(String(buffer: response.body).utf8))
                #expect(status == 0, "promtool check metrics: \(output)")
                #expect(output.isEmpty, "promtool check metrics: \(output)")
            }
        }
    }
}

/// Prometheus's `promtool`, when installed.
enum Promtool {
    /// The executable's path, nil when it is not on the `PATH`.
    static let path: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .map { "\($0)/promtool" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs `promtool check metrics` on `exposition`; its exit status and what it printed.
    static func checkMetrics(_ exposition: Data) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["check", "metrics"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(exposition)
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

extension Escalation {
    /// An escalation of `tier` due at `dueAt`, of a made-up case.
    static func sample(dueAt: Instant, tier: TierName) -> Escalation {
        Escalation(caseID: CaseID("SAMPLE"), cycle: 0, tier: tier, unit: UnitID("cc.nanguan"), dueAt: dueAt, detectedAt: dueAt, points: AssessmentPoints(hundredths: 0), signoffLevel: nil)
    }
}
