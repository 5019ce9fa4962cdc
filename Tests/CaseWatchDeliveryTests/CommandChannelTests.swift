import CaseWatchCore
import CaseWatchDelivery
import CaseWatchTesting
import Foundation
import Testing

@Suite struct CommandChannelTests {
    /// A shell script, run as `/bin/sh <script>`: executing a file this process just wrote could fail with
    /// "text file busy" while another test forks.
    private func script(_ directory: TemporaryDirectory, _ body: String) throws -> String {
        try directory.write("notify.sh", body + "\n")
    }

    private func send(
        _ path: String = "/bin/sh", arguments: [String] = [], timeout: Int64 = 10
    ) async throws -> SendResult {
        let receiver = DeliveryFixtures.receiver("sms", .command(path: path, arguments: arguments), timeout: timeout)
        let environment = ["PATH": "/usr/bin:/bin", "HOOK_SECRET": "whsec-test"]
        return try await ChannelHarness.withSender(environment: environment) {
            await $0.send(DeliveryFixtures.job(receiver, key: "d-9"), now: DeliveryFixtures.now)
        }
    }

    @Test func theProgramGetsTheMessageOnStdinAndItsFieldsInTheEnvironment() async throws {
        let directory = try TemporaryDirectory()
        let out = directory.path
        let path = try script(directory, "cat > \(out)/stdin.txt\nenv > \(out)/env.txt\necho \"$1\" > \(out)/arg.txt")
        let result = try await send(arguments: [path, "--to", "ops"])
        #expect(result == .sent(httpStatus: nil))
        let stdin = try String(contentsOfFile: out + "/stdin.txt", encoding: .utf8)
        #expect(stdin.hasPrefix("【超时】东岭社区：工单 2024101600123 已超过办理时限\n承办单位：东岭社区"))
        let environment = try String(contentsOfFile: out + "/env.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(environment.contains("CASEWATCH_DELIVERY=d-9"))
        #expect(environment.contains("CASEWATCH_RECEIVER=sms"))
        #expect(environment.contains("CASEWATCH_CASE_ID=2024101600123"))
        #expect(environment.contains("CASEWATCH_UNIT_NAME=东岭社区"))
        #expect(environment.contains("CASEWATCH_TIER=overdue"))
        #expect(environment.contains("CASEWATCH_ATTEMPT=1"))
        #expect(environment.contains("CASEWATCH_TITLE=【超时】东岭社区：工单 2024101600123 已超过办理时限"))
        // The daemon's own variables (other receivers' secrets) are not passed on.
        #expect(!environment.contains { $0.hasPrefix("HOOK_SECRET=") })
        #expect(try String(contentsOfFile: out + "/arg.txt", encoding: .utf8) == "--to\n")
    }

    @Test func aNonZeroExitIsAFailureWithItsStatus() async throws {
        let directory = try TemporaryDirectory()
        let path = try script(directory, "cat > /dev/null\nexit 3")
        let result = try await send(arguments: [path])
        #expect(result == .failed(httpStatus: nil, error: "/bin/sh exited with status 3", retryAfter: nil))
    }

    @Test func aProgramStillRunningAtItsTimeoutIsKilled() async throws {
        let directory = try TemporaryDirectory()
        let path = try script(directory, "exec sleep 30")
        // Left alone it would exit 0 after 30 s; the result says it was killed at its timeout instead.
        let result = try await send(arguments: [path], timeout: 1)
        #expect(result == .failed(httpStatus: nil, error: "/bin/sh killed after the 1 s timeout", retryAfter: nil))
    }

    @Test func aMissingProgramIsAFailure() async throws {
        let result = try await send("/nonexistent/casewatch-notify")
        guard case let .failed(_, error, _) = result else {
            Issue.record("a missing program was taken as sent")
            return
        }
        #expect(error.hasPrefix("cannot start /nonexistent/casewatch-notify"))
    }

    @Test func aSlowProgramDoesNotDelayTheEndOfAnotherStartedBesideIt() async throws {
        let directory = try TemporaryDirectory()
        let pidFile = directory.path + "/slow.pid"
        let slow = try directory.write("slow.sh", "echo $$ > \(pidFile)\nexec sleep 300\n")
        let fast = try directory.write("fast.sh", "cat > /dev/null\nexit 0\n")
        let slowRun = Task { try await send(arguments: [slow], timeout: 600) }
        while !FileManager.default.fileExists(atPath: pidFile) { await Task.yield() }
        let fastResult = try await send(arguments: [fast])
        #expect(fastResult == .sent(httpStatus: nil))
        // The fast one's end was seen while the slow one still runs (no wall clock involved): its exit is not
        // tied to the other child's descriptors.
        var pidText = try String(contentsOfFile: pidFile, encoding: .utf8)
        while !pidText.hasSuffix("\n") { pidText = try String(contentsOfFile: pidFile, encoding: .utf8) }
        let pid = try #require(Int32(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) == 0, "the slow program had already ended")
        kill(pid, SIGKILL)
        #expect(try await slowRun.value == .failed(httpStatus: nil, error: "/bin/sh killed by signal 9", retryAfter: nil))
    }

    @Test func theProgramInheritsNoneOfTheDaemonsSocketsOrFiles() async throws {
        let directory = try TemporaryDirectory()
        let out = directory.path + "/fds.txt"
        // The shell lists what its descriptors point at (its own script and saved descriptors among them).
        let path = try directory.write(
            "fds.sh", "cat > /dev/null\nfor f in /proc/$$/fd/*; do echo \"${f##*/} $(readlink $f)\"; done > \(out)\n")
        let listener = try await LocalReceiver.start()  // an open socket in this process the child must not get
        let secret = try directory.write("held-open", "x")
        let held = try #require(FileHandle(forReadingAtPath: secret))  // an open file it must not get either
        let result = try await send(arguments: [path])
        try held.close()
        try await listener.shutdown()
        #expect(result == .sent(httpStatus: nil))
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("0 pipe:") })
        #expect(!lines.contains { $0.contains("socket:") }, "\(lines)")
        #expect(!lines.contains { $0.contains("held-open") }, "\(lines)")
    }
}
