import CaseWatchConfig
import CaseWatchCore
import Foundation
import Testing

/// The policies and calendars committed in `policies/`.
enum RepositoryPolicies {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let directory = root + "/policies"

    static func load() throws -> PolicySet {
        try ConfigLoader.loadPolicySet(at: directory)
    }
}

@Test func repositoryPoliciesLoadAndCheckClean() throws {
    let set = try RepositoryPolicies.load()
    #expect(Set(set.calendars.keys) == ["cn-mainland"])
    #expect(set.policies.map(\.version) == ["2026.1"])
    let policy = try #require(set.policy(version: "2026.1"))
    #expect(set.calendar(for: policy).name == "cn-mainland")
    #expect(policy.urgencies.map(\.rawValue) == ["urgent", "normal", "complex"])
    #expect(policy.ladder.map(\.name) == [.warning, .overdue, .urge, .leadership, .notice])
    #expect(policy.extensions == ExtensionRule(maximum: .workingDays(10)!, assessedAgainst: .original))
    #expect(ConfigLoader.check(paths: [RepositoryPolicies.directory]) == [])
}

@Test func categoryTargetsFallBackFromPotholeToRoadToUrgencyDefault() throws {
    let set = try RepositoryPolicies.load()
    let policy = try #require(set.policy(version: "2026.1"))
    let pothole = try #require(CaseCategory("road.pothole"))
    let road = try #require(CaseCategory("road"))

    let normal = try policy.targets(category: pothole, urgency: Urgency("normal"))
    #expect(normal[.resolve]?.duration == .workingDays(10)!)
    #expect(normal[.resolve]?.source == .category(road))
    #expect(normal[.accept]?.duration == .workingDays(1)!)
    #expect(normal[.accept]?.source == .urgencyDefault(Urgency("normal")))

    let urgent = try policy.targets(category: pothole, urgency: Urgency("urgent"))
    #expect(urgent[.resolve]?.duration == .calendar(seconds: 12 * 3600)!)
    #expect(urgent[.resolve]?.source == .category(pothole))
    #expect(urgent[.accept]?.duration == .calendar(seconds: 30 * 60)!)
    #expect(urgent[.accept]?.source == .urgencyDefault(Urgency("urgent")))

    let complex = try policy.targets(category: pothole, urgency: Urgency("complex"))
    #expect(complex[.resolve]?.duration == .workingDays(15)!)
    #expect(complex[.resolve]?.source == .urgencyDefault(Urgency("complex")))
}

@Test func repositoryCalendarRunsGoldenWeekDeadlines() throws {
    let set = try RepositoryPolicies.load()
    let calendar = try #require(set.calendars["cn-mainland"])
    let start = try InstantParser.parse("2024-09-27T16:00", zone: calendar.zone)
    let due = calendar.deadline(from: start, adding: .workingDays(3)!)
    // 09-29 (Sunday) is a make-up working day, 10-01..10-07 the National Day holiday.
    #expect(InstantFormatter.format(due.due, in: calendar.zone) == "2024-10-08T17:00:00+08:00")
    #expect(!due.provisional)
}
