import CaseWatchConfig
import CaseWatchCore
import CaseWatchTesting
import Testing

/// A valid assessment file; line numbers are referred to by the tests.
private let rules = """
    kind: assessment
    weights:
      response: 20
      resolution: 40
      satisfaction: 40
    deductions:
      overdue: 1.5
      urge: 2
    reopen: 0.5
    signoff_escalated: 2
    floor: 10
    small_sample: 5

    """

/// The diagnostics of the fixture assessment file with one line changed, checked beside a valid policy set.
private func checkRules(line: Int, _ text: String) throws -> [String] {
    try Fixtures.check([
        "calendar.yaml": Fixtures.calendar, "policy.yaml": Fixtures.policy,
        "assessment.yaml": Fixtures.replacing(line: line, of: rules, with: text),
    ])
}

@Test func assessmentRulesLoadFromThePolicyDirectory() throws {
    let directory = try TemporaryDirectory()
    _ = try directory.write("calendar.yaml", Fixtures.calendar)
    _ = try directory.write("policy.yaml", Fixtures.policy)
    #expect(try ConfigLoader.loadAssessmentRules(at: directory.path) == .standard)
    _ = try directory.write("assessment.yaml", rules)
    let loaded = try ConfigLoader.loadAssessmentRules(at: directory.path)
    #expect(loaded == AssessmentRules(
        responseWeight: 20, resolutionWeight: 40, satisfactionWeight: 40,
        tierDeductions: [.overdue: AssessmentPoints(hundredths: 150), .urge: AssessmentPoints(hundredths: 200)],
        reopenDeduction: AssessmentPoints(hundredths: 50), signoffEscalatedDeduction: AssessmentPoints(hundredths: 200),
        floor: AssessmentPoints(hundredths: 1000), minimumCases: 5
    ))
    // The policy set loads beside it, and `policy check` accepts it.
    #expect(try ConfigLoader.loadPolicySet(at: directory.path).policies.count == 1)
    #expect(ConfigLoader.check(paths: [directory.path]).isEmpty)
}

@Test func leftOutKeysKeepTheirDefaults() throws {
    let directory = try TemporaryDirectory()
    _ = try directory.write("assessment.yaml", "kind: assessment\nfloor: 20\n")
    var expected = AssessmentRules.standard
    expected.floor = AssessmentPoints(hundredths: 2000)
    #expect(try ConfigLoader.loadAssessmentRules(at: directory.path) == expected)
}

@Test func theShippedAssessmentFileHoldsTheDefaults() throws {
    let policies = RepositoryPolicies.directory
    #expect(try ConfigLoader.loadAssessmentRules(at: policies) == .standard)
    #expect(ConfigLoader.check(paths: [policies]).isEmpty)
}

@Test func weightsMustAddUpTo100() throws {
    expectOnly(try checkRules(line: 3, "  response: 25"), at: "assessment.yaml:3:3",
               containing: "the weights add up to 105; make response + resolution + satisfaction add up to 100")
}

@Test func weightMustBeAWholeNonNegativeNumber() throws {
    expectOnly(try checkRules(line: 4, "  resolution: 35.5"), at: "assessment.yaml:4:15",
               containing: "expected the weight of the resolution rate in percent as a whole number, got '35.5'")
    expectOnly(try checkRules(line: 4, "  resolution: -40"), at: "assessment.yaml:4:15",
               containing: "the resolution weight is -40; a weight is a percentage from 0 to 100")
}

@Test func everyWeightIsGiven() throws {
    let misspelt = try checkRules(line: 5, "  satisfactoin: 40")
    #expect(misspelt.count == 2, "\(misspelt)")
    expect(misspelt, at: "assessment.yaml:5:3", containing: "unknown key 'satisfactoin'; did you mean 'satisfaction'?")
    expect(misspelt, at: "assessment.yaml:3:3", containing: "'weights' has no 'satisfaction'; add it, e.g. 'satisfaction: 35'")
    expectOnly(try checkRules(line: 5, ""), at: "assessment.yaml:3:3", containing: "'weights' has no 'satisfaction'")
}

@Test func deductionsNameLadderTiers() throws {
    expectOnly(try checkRules(line: 8, "  urgee: 2"), at: "assessment.yaml:8:3", containing: "unknown tier 'urgee'; did you mean 'urge'?")
}

@Test func pointsArePositiveWithTwoDecimalsAtMost() throws {
    expectOnly(try checkRules(line: 7, "  overdue: 1.255"), at: "assessment.yaml:7:12",
               containing: "expected points as a number with up to 2 decimals, e.g. 2 or 2.5, got '1.255'")
    expectOnly(try checkRules(line: 9, "reopen: -1"), at: "assessment.yaml:9:9",
               containing: "the points per reopened case is -1; deductions are written as positive points")
    expectOnly(try checkRules(line: 10, "signoff_escalated: two"), at: "assessment.yaml:10:20",
               containing: "got 'two'")
}

@Test func floorIsAScoreAndSmallSampleAtLeastOne() throws {
    expectOnly(try checkRules(line: 11, "floor: 120"), at: "assessment.yaml:11:8",
               containing: "the floor is 120 points, above the highest score; give a floor from 0 to 100")
    expectOnly(try checkRules(line: 12, "small_sample: 0"), at: "assessment.yaml:12:15",
               containing: "small_sample is 0; give the fewest cases a unit needs to be ranked, at least 1")
}

@Test func unknownKeySuggestsTheClosest() throws {
    expectOnly(try checkRules(line: 11, "flor: 10"), at: "assessment.yaml:11:1", containing: "unknown key 'flor'; did you mean 'floor'?")
}

@Test func oneAssessmentFileAtMost() throws {
    let diagnostics = try Fixtures.check([
        "calendar.yaml": Fixtures.calendar, "policy.yaml": Fixtures.policy, "a.yaml": rules, "b.yaml": rules,
    ])
    expectOnly(diagnostics, at: "b.yaml:1:1", containing: "the assessment rules are already given at ")
    let directory = try TemporaryDirectory()
    _ = try directory.write("a.yaml", rules)
    _ = try directory.write("b.yaml", rules)
    let error = #expect(throws: ConfigErrors.self) { try ConfigLoader.loadAssessmentRules(at: directory.path) }
    #expect(error?.diagnostics.map(\.description) == [
        "\(directory.path)/b.yaml:1:1: the assessment rules are already given at \(directory.path)/a.yaml:1:1; keep one file with 'kind: assessment'",
    ])
}

@Test func loaderReportsTheAssessmentFileProblemsWithPositions() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("assessment.yaml", Fixtures.replacing(line: 3, of: rules, with: "  response: 25"))
    let error = #expect(throws: ConfigErrors.self) { try ConfigLoader.loadAssessmentRules(at: directory.path) }
    #expect(error?.diagnostics.map(\.description) == [
        "\(path):3:3: the weights add up to 105; make response + resolution + satisfaction add up to 100, e.g. 30, 35 and 35",
    ])
}
