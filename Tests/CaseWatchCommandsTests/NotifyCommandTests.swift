import CaseWatchTesting
import Foundation
import Testing

/// `casewatch notify explain` and `policy check` on the routing of deliveries.
@Suite struct NotifyCommandTests {
    static let seeds = CommandHarness.repositoryRoot + "/seeds"

    /// `notify explain` over the shipped policies and seeds.
    static func explain(_ arguments: [String]) -> CommandResult {
        CommandHarness.run(
            ["notify", "explain"] + arguments
                + ["--policies", CommandHarness.policies, "--roster", seeds + "/leaders.yaml", "--units", seeds + "/units.yaml"]
        )
    }

    @Test func explainForAUnitShowsTheRoutesWhoIsToldAndFromWhen() {
        let result = Self.explain(["--unit", "cc.nanguan.ziqiang.dongling", "--tier", "warning", "--at", "2024-10-19T23:30"])
        #expect(result.exitCode == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("escalation warning 预警: case (any), unit cc.nanguan.ziqiang.dongling") == true)
        #expect(lines.contains { $0.hasPrefix("1 ") && $0.hasSuffix("matched") })
        #expect(lines.contains { $0.hasPrefix("2 ") && $0.contains("no match: the notice is escalation") })
        // The units' office keeps office hours: Saturday night's warning waits for Monday 09:00.
        #expect(lines.contains { $0.hasPrefix("unit-offices") && $0.contains("2024-10-21T09:00:00+08:00") && $0.contains("route 1: contact of cc") })
        #expect(lines.contains { $0.hasPrefix("demo-log") && $0.contains("at once") && $0.hasSuffix("route 3") })
    }

    @Test func aSignoffTierIsExplainedWithItsRequestToTheLeadersWhoMayDecide() {
        let result = Self.explain(["--unit", "cc.nanguan.ziqiang.dongling", "--tier", "leadership", "--at", "2024-10-19T23:30"])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.contains("signoff_requested leadership 提级督办 to the district level"))
        let told = result.out.split(separator: "\n").first { $0.hasPrefix("leaders-log") }.map(String.init) ?? ""
        #expect(told.contains("at once (urgent)") && told.contains("leader l-nanguan-01") && told.contains("leader l-nanguan-02"), "\(result.out)")
        #expect(!result.out.contains("l-kuancheng") && !result.out.contains("l-cc-01"))
        #expect(result.out.contains("not tried: route 2 matched without continue"))
    }

    @Test func explainAsJSONListsOneObjectPerNotice() throws {
        let result = Self.explain(["--unit", "cc.nanguan.ziqiang.dongling", "--tier", "leadership", "--at", "2024-10-19T23:30", "--json"])
        #expect(result.exitCode == 0, "\(result.err)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["kind"] as? String } == ["escalation", "signoff_requested"])
        let request = objects[1]
        #expect(request["level"] as? String == "district" && request["urgent"] as? Bool == true)
        let routes = try #require(request["routes"] as? [[String: Any]])
        #expect(routes.map { $0["outcome"] as? String } == ["not_matched", "matched", "not_tried"])
        #expect(routes[2]["stopped_by"] as? Int == 2)
        let told = try #require(request["told"] as? [[String: Any]])
        let leaders = try #require(told.first { $0["receiver"] as? String == "leaders-log" })
        #expect(leaders["not_before"] as? String == "2024-10-19T23:30:00+08:00")
        #expect(leaders["why"] as? [String] == ["route 2: leader l-nanguan-01", "route 2: leader l-nanguan-02"])
    }

    @Test func explainForACaseReadsItsUnitCategoryUrgencyAndNextTier() throws {
        let f = try IntakeFixture()
        let file = try f.write("case.jsonl", [
            IntakeLine.json(id: "e1", case: "C1", type: "registered", at: "2026-10-14T09:00:00+08:00", fields: ["category": "road.pothole", "urgency": "urgent"]),
            IntakeLine.json(id: "e2", case: "C1", type: "dispatched", at: "2026-10-14T09:05:00+08:00", fields: ["unit": "cc.nanguan.ziqiang"]),
        ].joined(separator: "\n") + "\n")
        #expect(f.run(["ingest", file]).exitCode == 0)
        let result = f.run(["notify", "explain", "--case", "C1", "--at", "2026-10-14T10:00", "--roster", Self.seeds + "/leaders.yaml"])
        #expect(result.exitCode == 0, "\(result.err)")
        #expect(result.out.hasPrefix("escalation warning 预警: case C1, unit cc.nanguan.ziqiang, category road.pothole, urgency urgent (urgent: never delayed or grouped)"))
        #expect(result.out.contains("at once (urgent)"))
        let missing = f.run(["notify", "explain", "--case", "C9"])
        #expect(missing.exitCode != 0)
        #expect(missing.err.contains("no case 'C9'"))
    }

    @Test func explainNeedsACaseOrAUnitWithATierAndARouting() throws {
        let neither = Self.explain(["--tier", "warning"])
        #expect(neither.exitCode != 0)
        #expect(neither.err.contains("give either --case <id> or --unit <id> --tier <tier>"))
        let noTier = Self.explain(["--unit", "cc.nanguan"])
        #expect(noTier.err.contains("--unit needs --tier"))
        let directory = try TemporaryDirectory()
        let policies = directory.path + "/policies"
        try FileManager.default.copyItem(atPath: CommandHarness.policies, toPath: policies)
        try FileManager.default.removeItem(atPath: policies + "/notify.yaml")
        let none = CommandHarness.run(["notify", "explain", "--unit", "cc.nanguan", "--tier", "warning", "--policies", policies])
        #expect(none.exitCode != 0)
        #expect(none.err.contains("no routing in \(policies): add a file with 'kind: notify'"))
    }

    @Test func policyCheckRefusesBadRouting() throws {
        let directory = try TemporaryDirectory()
        let policies = directory.path + "/policies"
        try FileManager.default.copyItem(atPath: CommandHarness.policies, toPath: policies)
        let notify = policies + "/notify.yaml"
        let shipped = try String(contentsOfFile: notify, encoding: .utf8)
        let broken = shipped
            .replacingOccurrences(of: "receivers: [demo-log]\n  # Everything", with: "receivers: [demo-lg]\n  # Everything")
            + "\n  cc.nowhere: [demo-log]\n"
        try broken.write(toFile: notify, atomically: true, encoding: .utf8)
        let result = CommandHarness.run(["policy", "check", policies, Self.seeds])
        #expect(result.exitCode == 1)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(notify + ":") && $0.contains("unknown receiver 'demo-lg'; did you mean 'demo-log'?") }, "\(result.err)")
        #expect(lines.contains { $0.hasPrefix(notify + ":") && $0.contains("unknown unit 'cc.nowhere'") }, "\(result.err)")
        // A secret variable that is not set is refused too.
        let secret = shipped.replacingOccurrences(
            of: "  - name: leaders-log\n    channel: command\n    command: [scripts/notify-to-file.sh, casewatch-messages.log]",
            with: "  - {name: leaders-log, channel: webhook, url: \"http://127.0.0.1:9/hook\", secret_env: CASEWATCH_TEST_UNSET_SECRET_9F2}"
        )
        #expect(secret != shipped)
        try secret.write(toFile: notify, atomically: true, encoding: .utf8)
        let unset = CommandHarness.run(["policy", "check", policies])
        #expect(unset.exitCode == 1)
        #expect(unset.err.contains("environment variable CASEWATCH_TEST_UNSET_SECRET_9F2 is not set"))
        #expect(CommandHarness.run(["policy", "check", CommandHarness.policies, Self.seeds]).exitCode == 0)
    }
}

/// The demo's offline receiver appends each message to its file.
@Suite struct NotifyToFileScriptTests {
    @Test func theDemoReceiverAppendsEachMessageToItsFile() throws {
        let directory = try TemporaryDirectory()
        let log = directory.path + "/out/messages.log"
        for message in ["【预警】东岭社区 诉求 C-1", "【催办】东岭社区 诉求 C-2"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = [CommandHarness.repositoryRoot + "/scripts/notify-to-file.sh", log]
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(Data(message.utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.components(separatedBy: "=== received ").count == 3)
        #expect(text.contains("【预警】东岭社区 诉求 C-1\n") && text.contains("【催办】东岭社区 诉求 C-2\n"))
    }
}

/// Only the commands that send check the routing's secrets.
@Suite struct NotifySecretCheckTests {
    @Test func aCommandThatSendsNothingLoadsPoliciesWithoutTheDaemonsSecrets() throws {
        let directory = try TemporaryDirectory()
        let policies = directory.path + "/policies"
        try FileManager.default.copyItem(atPath: CommandHarness.policies, toPath: policies)
        let notify = policies + "/notify.yaml"
        let shipped = try String(contentsOfFile: notify, encoding: .utf8)
        try shipped.replacingOccurrences(
            of: "  - name: leaders-log\n    channel: command\n    command: [scripts/notify-to-file.sh, casewatch-messages.log]",
            with: "  - {name: leaders-log, channel: webhook, url: \"http://127.0.0.1:9/hook\", secret_env: CASEWATCH_TEST_UNSET_SECRET_9F2}"
        ).write(toFile: notify, atomically: true, encoding: .utf8)
        let explain = CommandHarness.run(["notify", "explain", "--unit", "cc.nanguan", "--tier", "warning", "--policies", policies,
                                          "--units", NotifyCommandTests.seeds + "/units.yaml", "--roster", NotifyCommandTests.seeds + "/leaders.yaml"])
        #expect(explain.exitCode == 0, "\(explain.err)")
        #expect(CommandHarness.run(["policy", "check", policies]).exitCode == 1)
        // The daemon, which sends, refuses to start without the secret.
        let f = try IntakeFixture()
        let process = Process()
        process.executableURL = ChildProcess.executable.deletingLastPathComponent().appendingPathComponent("casewatchd")
        process.arguments = ["--db", f.db, "--policies", policies, "--no-http"]
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(text.contains("environment variable CASEWATCH_TEST_UNSET_SECRET_9F2 is not set"), "\(text)")
    }
}
