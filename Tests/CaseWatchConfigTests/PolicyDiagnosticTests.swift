import CaseWatchConfig
import CaseWatchTesting
import Testing

/// The fixture policy with one line changed, checked together with the fixture calendar.
private func checkPolicy(line: Int, _ text: String) throws -> [String] {
    try Fixtures.check(policy: Fixtures.replacing(line: line, of: Fixtures.policy, with: text))
}

@Test func typeErrorNamesTheExpectedFormat() throws {
    let diagnostics = try checkPolicy(line: 20, "    points: lots")
    expectOnly(diagnostics, at: "policy.yaml:20:13", containing: "expected points as a number with up to 2 decimals, e.g. 2 or 2.5, got 'lots'")
}

@Test func misspeltKeyGetsASuggestion() throws {
    let diagnostics = try checkPolicy(line: 8, "    resovle: 5 working days")
    expectOnly(diagnostics, at: "policy.yaml:8:5", containing: "unknown key 'resovle'; did you mean 'resolve'?")
}

@Test func categoryOverrideForAnUnknownUrgencyPointsAtTheUrgencyKey() throws {
    let diagnostics = try checkPolicy(line: 13, "    urgnt: {resolve: 12h}")
    expectOnly(diagnostics, at: "policy.yaml:13:5", containing: "category 'road.pothole' overrides urgency 'urgnt', which the policy does not define")
}

@Test func badDurationCarriesTheParsersSuggestion() throws {
    let diagnostics = try checkPolicy(line: 8, "    resolve: 5 wrking days")
    expectOnly(diagnostics, at: "policy.yaml:8:14", containing: "unknown unit 'wrking days' (did you mean 'working days'?)")
}

@Test func urgencyWithoutADeadlineIsReportedByTheCoreAtTheUrgency() throws {
    let diagnostics = try checkPolicy(line: 5, "  urgent: {accept: 30m}")
    expectOnly(diagnostics, at: "policy.yaml:5:3", containing: "urgency 'urgent' has no 'resolve' deadline")
}

@Test func ladderProblemsPointAtTheirTier() throws {
    let late = try checkPolicy(line: 16, "  - {tier: warning, at: 120%, action: warn}")
    expect(late, at: "policy.yaml:16:5", containing: "tier 'warning' must fall before the deadline")
    let both = try checkPolicy(line: 16, "  - {tier: warnin, at: 80%, after: 1h, action: warn}")
    #expect(both.count == 2, "\(both)")
    expect(both, at: "policy.yaml:16:12", containing: "unknown tier 'warnin'; did you mean 'warning'?")
    expect(both, at: "policy.yaml:16:29", containing: "either 'at' a percentage or 'after' a duration, not both")
    let noLevel = try checkPolicy(line: 24, "    # no level")
    expectOnly(noLevel, at: "policy.yaml:21:5", containing: "asks for a sign-off but names no 'level'")
}

@Test func percentagesAndPointsKeepTheirDecimals() throws {
    let directory = try TemporaryDirectory()
    try directory.write("calendar.yaml", Fixtures.calendar)
    let policy = Fixtures.replacing(
        line: 16, of: Fixtures.policy, with: "  - {tier: warning, at: 87.5%, action: warn, points: 0.25}"
    )
    try directory.write("policy.yaml", policy)
    let tier = try #require(try ConfigLoader.loadPolicySet(at: directory.path).policies.first?.ladder.first)
    #expect(tier.trigger == .percent(basisPoints: 8750))
    #expect(tier.points.hundredths == 25)
    #expect(tier.deadline == .resolve)
}

@Test func signoffRulesDefaultWhenAbsentAndAreReadWhenSet() throws {
    let directory = try TemporaryDirectory()
    try directory.write("calendar.yaml", Fixtures.calendar)
    try directory.write("policy.yaml", Fixtures.policy)
    let standard = try #require(try ConfigLoader.loadPolicySet(at: directory.path).policies.first)
    #expect(standard.signoffs == .standard)
    try directory.write("policy.yaml", Fixtures.policy + "signoffs: {deadline: 1 working day, supervision_order: 3 working days}\n")
    let set = try #require(try ConfigLoader.loadPolicySet(at: directory.path).policies.first)
    #expect(set.signoffs.deadline == .workingDays(1)! && set.signoffs.supervisionOrder == .workingDays(3)!)
}

@Test func aBadSignoffDurationIsPlaced() throws {
    let lines = Fixtures.policy.split(separator: "\n", omittingEmptySubsequences: false).count
    let diagnostics = try Fixtures.check(policy: Fixtures.policy + "signoffs:\n  deadline: 2 wrking days\n")
    expectOnly(diagnostics, at: "policy.yaml:\(lines + 1):13", containing: "unknown unit 'wrking days'")
}
