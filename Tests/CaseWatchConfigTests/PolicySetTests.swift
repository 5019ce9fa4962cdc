import CaseWatchConfig
import CaseWatchTesting
import CaseWatchCore
import Testing

@Test func missingCalendarReferenceIsReportedAtTheCalendarKey() throws {
    let policy = Fixtures.replacing(line: 3, of: Fixtures.policy, with: "calendar: cn-mainland")
    let diagnostics = try Fixtures.check(policy: policy)
    expectOnly(diagnostics, at: "policy.yaml:3:11", containing: "unknown calendar 'cn-mainland'; defined: test")
    let alone = try Fixtures.check(["policy.yaml": Fixtures.policy])
    expectOnly(alone, at: "policy.yaml:3:11", containing: "no calendar file (kind: calendar) was given")
}

@Test func brokenCalendarFileIsNotAlsoReportedAsAMissingCalendar() throws {
    let broken = Fixtures.replacing(line: 2, of: Fixtures.calendar, with: "name: [test")
    let diagnostics = try Fixtures.check(calendar: broken)
    expectOnly(diagnostics, at: "calendar.yaml:3:5", containing: "YAML syntax error")
}

@Test func versionsAndEffectiveDatesMustBeUniqueAcrossFiles() throws {
    let diagnostics = try Fixtures.check([
        "calendar.yaml": Fixtures.calendar,
        "a.yaml": Fixtures.policy,
        "b.yaml": Fixtures.policy,
    ])
    #expect(diagnostics.count == 2, "\(diagnostics)")
    expect(diagnostics, at: "b.yaml:2:10", containing: "policy version 't.1' is already used at")
    expect(diagnostics, at: "b.yaml:1:1", containing: "this policy has no effective_from, as does policy 't.1'")
}

@Test func policyInForceIsTheLatestByLocalDateInTheCalendarZone() throws {
    let directory = try TemporaryDirectory()
    try directory.write("calendars/test.yaml", Fixtures.calendar)
    try directory.write("base.yaml", Fixtures.policy)
    let revised = Fixtures.replacing(line: 2, of: Fixtures.policy, with: "version: \"t.2\"\neffective_from: 2025-01-01")
    try directory.write("revised.yml", revised)
    let set = try ConfigLoader.loadPolicySet(at: directory.path)
    #expect(set.policies.map(\.version) == ["t.1", "t.2"])
    // 2024-12-31T16:00Z is already 2025-01-01 00:00 in Asia/Shanghai.
    let zone = try #require(set.calendars["test"]).zone
    #expect(set.policy(at: try InstantParser.parse("2024-12-31T15:59:59Z", zone: zone))?.version == "t.1")
    #expect(set.policy(at: try InstantParser.parse("2024-12-31T16:00:00Z", zone: zone))?.version == "t.2")
    #expect(set.policy(version: "t.2")?.effectiveFrom == LocalDate(year: 2025, month: 1, day: 1))
    #expect(set.policy(version: "t.3") == nil)
}

@Test func loadersThrowEveryDiagnostic() throws {
    let directory = try TemporaryDirectory()
    try directory.write("calendar.yaml", Fixtures.replacing(line: 3, of: Fixtures.calendar, with: "zone: Mars/Olympus"))
    try directory.write("policy.yaml", Fixtures.replacing(line: 20, of: Fixtures.policy, with: "    points: lots"))
    let error = #expect(throws: ConfigErrors.self) { try ConfigLoader.loadPolicySet(at: directory.path) }
    #expect(error?.diagnostics.map(\.line) == [3, 20])
    #expect(error?.description.split(separator: "\n").count == 2)
    let wrongKind = #expect(throws: ConfigErrors.self) { try ConfigLoader.loadCalendar(at: directory.path + "/policy.yaml") }
    #expect(wrongKind?.diagnostics.last?.message.contains("expected a file with 'kind: calendar'") == true)
    let missing = #expect(throws: ConfigErrors.self) { try ConfigLoader.loadPolicySet(at: directory.path + "/nope") }
    #expect(missing?.diagnostics.map(\.message) == ["no such directory"])
}
