import CaseWatchTesting
import Foundation
import Testing

/// `casewatch notify test <receiver>`: one test message sent now to a receiver of notify.yaml (a local webhook
/// on 127.0.0.1 here), and what it answered.
@Suite(.timeLimit(.minutes(2))) struct NotifyTestCommandTests {
    /// A copy of the shipped policies whose notify.yaml names two webhooks at `url` (`centre`, `district`).
    private static func policies(url: String, in directory: TemporaryDirectory) throws -> String {
        let policies = directory.path + "/policies"
        try FileManager.default.copyItem(atPath: CommandHarness.policies, toPath: policies)
        try """
            kind: notify
            receivers:
              - name: centre
                channel: webhook
                url: \(url)
              - name: district
                channel: webhook
                url: \(url)
            routes:
              - receivers: [centre]
            """.write(toFile: policies + "/notify.yaml", atomically: true, encoding: .utf8)
        return policies
    }

    /// Runs `casewatch notify test` on a thread of its own: the command waits for its sending, which must not
    /// hold one of the few threads of the cooperative pool the receiver's answer needs.
    private static func notifyTest(_ receiver: String, policies: String) async -> CommandResult {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: CommandHarness.run(["notify", "test", receiver, "--policies", policies]))
            }
        }
    }

    /// A local receiver answering `otherwise`, shut down when `body` returns.
    private static func withReceiver(
        otherwise: LocalReceiver.Behaviour = .ok(), _ body: (LocalReceiver) async throws -> Void
    ) async throws {
        let receiver = try await LocalReceiver.start(otherwise: otherwise)
        do {
            try await body(receiver)
        } catch {
            try? await receiver.shutdown()
            throw error
        }
        try await receiver.shutdown()
    }

    @Test func aTestMessageReachesTheReceiverAndSaysSent() async throws {
        try await TemporaryDirectory.withAsync { directory in
            try await Self.withReceiver { local in
                let policies = try Self.policies(url: local.url(), in: directory)
                let result = await Self.notifyTest("district", policies: policies)
                #expect(result.exitCode == 0, "\(result.err)")
                #expect(result.out.hasPrefix("sent to district (webhook): HTTP 200"), "\(result.out)")
                let request = try #require(local.requests.first)
                #expect(local.requests.count == 1)
                #expect(request.header("X-CaseWatch-Delivery")?.hasPrefix("cw-test-") == true)
                #expect(request.text.contains("TEST-"), "the message should be marked as a test: \(request.text)")
            }
        }
    }

    @Test func anUnknownReceiverNamesTheKnownOnesAndExitsOne() async throws {
        try await TemporaryDirectory.withAsync { directory in
            try await Self.withReceiver { local in
                let policies = try Self.policies(url: local.url(), in: directory)
                let result = await Self.notifyTest("centr", policies: policies)
                #expect(result.exitCode == 1)
                #expect(result.err.contains("no receiver 'centr'") && result.err.contains("centre, district"), "\(result.err)")
                #expect(local.requests.isEmpty)
            }
        }
    }

    @Test func aReceiverAnswering500ExitsNonZeroWithTheStatus() async throws {
        try await TemporaryDirectory.withAsync { directory in
            try await Self.withReceiver(otherwise: .status(500, body: "internal error")) { local in
                let policies = try Self.policies(url: local.url(), in: directory)
                let result = await Self.notifyTest("centre", policies: policies)
                #expect(result.exitCode != 0)
                #expect(result.err.contains("centre (webhook) did not take the test message") && result.err.contains("HTTP 500"), "\(result.err)")
                #expect(result.out.isEmpty)
                #expect(local.requests.count == 1, "a test message is sent once, never retried")
            }
        }
    }

    @Test func policiesWithoutNotifyYAMLSaySo() async throws {
        try await TemporaryDirectory.withAsync { directory in
            let policies = directory.path + "/policies"
            try FileManager.default.copyItem(atPath: CommandHarness.policies, toPath: policies)
            try FileManager.default.removeItem(atPath: policies + "/notify.yaml")
            let result = await Self.notifyTest("centre", policies: policies)
            #expect(result.exitCode != 0)
            #expect(result.err.contains("has no notify.yaml"), "\(result.err)")
        }
    }
}

extension TemporaryDirectory {
    /// Runs `body` with a fresh temporary directory, removed when `body` returns.
    static func withAsync<Result>(_ body: (TemporaryDirectory) async throws -> Result) async throws -> Result {
        let directory = try TemporaryDirectory()
        let result = try await body(directory)
        withExtendedLifetime(directory) {}
        return result
    }
}
