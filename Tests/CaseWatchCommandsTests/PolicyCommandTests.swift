import CaseWatchTesting
import Foundation
import Testing

@Suite struct PolicyCommandTests {
    @Test func checkPassesOnTheShippedPolicies() {
        let result = CommandHarness.run(["policy", "check", CommandHarness.policies])
        #expect(result.exitCode == 0)
        #expect(result.out.contains("no problems"))
    }

    @Test func checkPrintsEveryProblemAsFileLineColumnAndExitsOne() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("bad.yaml", """
            kind: calendar
            name: broken
            zone: Asia/Shanghai
            covers: {from: 2024, to: 2024}
            workweek: [mon, tue, wed, thu, fri]
            windows: ["09:00-12:00", "11:00-17:00"]
            makeup_workdays:
              - {date: 2024-09-30, name: National Day}
            """)
        let result = CommandHarness.run(["policy", "check", file])
        #expect(result.exitCode == 1)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(file):6:") && $0.contains("overlap") })
        #expect(lines.contains { $0.hasPrefix("\(file):8:") && $0.contains("2024-09-30") })
        #expect(result.err.contains("2 problems found"))
    }

    @Test func checkReportsAMissingPath() {
        let result = CommandHarness.run(["policy", "check", "/nonexistent/policies"])
        #expect(result.exitCode == 1)
        #expect(result.err.contains("/nonexistent/policies:1:1: no such file or directory"))
    }

    @Test func explainShowsWhereEachTargetCameFromAndEveryDueInstant() {
        let result = CommandHarness.run([
            "policy", "explain", "--category", "road.pothole", "--urgency", "normal",
            "--at", "2024-09-27T16:00", "--policies", CommandHarness.policies,
        ])
        #expect(result.exitCode == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        // Accept: 1 working day from the urgency default, due on the make-up Sunday.
        #expect(lines.contains { $0.hasPrefix("accept") && $0.contains("urgency normal (default)") && $0.hasSuffix("2024-09-29T17:00:00+08:00") })
        // Resolve: road.pothole sets nothing for normal, so road's 10 working days apply, skipping National Day.
        #expect(lines.contains { $0.hasPrefix("resolve") && $0.contains("category road ") && $0.hasSuffix("2024-10-16T17:00:00+08:00") })
        #expect(lines.contains { $0.hasPrefix("warning") && $0.hasSuffix("2024-10-14T17:00:00+08:00") })
        #expect(lines.contains { $0.hasPrefix("overdue") && $0.hasSuffix("2024-10-16T17:00:00+08:00") })
        #expect(lines.contains { $0.hasPrefix("leadership") && $0.contains("signoff (district)") })
    }

    @Test func explainAsJSONUsesTheMostSpecificCategory() throws {
        let result = CommandHarness.run([
            "policy", "explain", "--category", "road.pothole", "--urgency", "urgent",
            "--at", "2024-10-01T08:00:00+08:00", "--policies", CommandHarness.policies, "--json",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let deadlines = try #require(object["deadlines"] as? [[String: Any]])
        let resolve = try #require(deadlines.first { $0["deadline"] as? String == "resolve" })
        #expect(resolve["source"] as? String == "category road.pothole")
        #expect(resolve["due"] as? String == "2024-10-01T20:00:00+08:00")
        #expect(object["provisional"] as? Bool == false)
    }

    @Test func explainRefusesAnUnknownUrgencyNamingTheKnownOnes() {
        let result = CommandHarness.run([
            "policy", "explain", "--category", "road", "--urgency", "urgnet",
            "--at", "2024-10-01T08:00", "--policies", CommandHarness.policies,
        ])
        #expect(result.exitCode != 0)
        #expect(result.err.contains("unknown urgency 'urgnet'"))
        #expect(result.err.contains("urgent, normal, complex"))
    }

    @Test func explainWarnsWhenTheScheduleIsProvisional() {
        let result = CommandHarness.run([
            "policy", "explain", "--category", "complaint", "--urgency", "normal",
            "--at", "2026-12-20T10:00", "--policies", CommandHarness.policies,
        ])
        #expect(result.exitCode == 0)
        #expect(result.out.contains("(provisional)"))
        #expect(result.err.contains("warning:"))
    }
}
