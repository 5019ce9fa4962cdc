import CaseWatchConfig
import Foundation
import Testing

@Test func yamlSyntaxErrorStopsTheFileWithItsPosition() throws {
    let policy = Fixtures.replacing(line: 19, of: Fixtures.policy, with: "    action: mark-overdue: x")
    let diagnostics = try Fixtures.check(policy: policy)
    expectOnly(diagnostics, at: "policy.yaml:19:25", containing: "YAML syntax error: mapping values are not allowed in this context")
}

@Test func missingKindIsReportedAtTheTopMapping() throws {
    let policy = Fixtures.replacing(line: 1, of: Fixtures.policy, with: "# a policy")
    let diagnostics = try Fixtures.check(policy: policy)
    expectOnly(diagnostics, at: "policy.yaml:2:1", containing: "the file has no 'kind'; start the file with 'kind: calendar', 'kind: policy', 'kind: units', 'kind: roster', 'kind: assessment' or 'kind: notify'")
    let misspelt = try Fixtures.check(policy: Fixtures.replacing(line: 1, of: Fixtures.policy, with: "kind: polcy"))
    expectOnly(misspelt, at: "policy.yaml:1:7", containing: "unknown kind 'polcy'; did you mean 'policy'?")
}

@Test func duplicateKeysPointAtTheRepeatAndCheckingGoesOn() throws {
    let block = try Fixtures.check(policy: Fixtures.replacing(line: 20, of: Fixtures.policy, with: "    action: urge"))
    expectOnly(block, at: "policy.yaml:20:5", containing: "duplicate key 'action': it was already set on line 19, column 5")
    let flow = try Fixtures.check(policy: Fixtures.replacing(
        line: 5, of: Fixtures.policy, with: "  urgent: {accept: 30m, resolve: 24h, accept: 1h}"
    ))
    expectOnly(flow, at: "policy.yaml:5:39", containing: "duplicate key 'accept'")
    let windowsLineEnds = Fixtures.replacing(line: 20, of: Fixtures.policy, with: "    action: urge")
        .replacingOccurrences(of: "\n", with: "\r\n")
    expectOnly(try Fixtures.check(policy: windowsLineEnds), at: "policy.yaml:20:5", containing: "duplicate key 'action'")
}

@Test func everyProblemOfAFileIsReported() throws {
    let policy = """
        kind: policy
        version: "t.1"
        calendar: tes
        urgencies:
          urgent: {accept: 30m, resolve: 24h, accept: 1h}
          normal:
            accept: 1 working day
            resovle: 5 working days
        categories:
          road..pothole:
            urgent: {resolve: 12h}
          road:
            complex: {resolve: 12h}
        extensions: {max: 10 wrking days}
        ladder:
          - {tier: warning, at: 120%, action: warn}
          - {tier: overdue, at: 100%, action: mark-overdue, points: lots}
        colour: blue

        """
    let diagnostics = try Fixtures.check(policy: policy)
    #expect(diagnostics.count == 9, "\(diagnostics.joined(separator: "\n"))")
    expect(diagnostics, at: "policy.yaml:3:11", containing: "unknown calendar 'tes'; did you mean 'test'?")
    expect(diagnostics, at: "policy.yaml:5:39", containing: "duplicate key 'accept'")
    expect(diagnostics, at: "policy.yaml:8:5", containing: "unknown key 'resovle'; did you mean 'resolve'?")
    expect(diagnostics, at: "policy.yaml:10:3", containing: "'road..pothole' is not a category")
    expect(diagnostics, at: "policy.yaml:13:5", containing: "overrides urgency 'complex', which the policy does not define")
    expect(diagnostics, at: "policy.yaml:14:19", containing: "did you mean 'working days'?")
    expect(diagnostics, at: "policy.yaml:16:5", containing: "tier 'warning' must fall before the deadline")
    expect(diagnostics, at: "policy.yaml:17:61", containing: "expected points")
    expect(diagnostics, at: "policy.yaml:18:1", containing: "unknown key 'colour'")
}

@Test func missingPathIsADiagnostic() {
    let diagnostics = ConfigLoader.check(paths: ["/nonexistent/casewatch/policy.yaml"]).map(\.description)
    #expect(diagnostics == ["/nonexistent/casewatch/policy.yaml:1:1: no such file or directory"])
}
