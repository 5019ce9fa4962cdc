import CaseWatchCore
import Testing

/// Every consistency rule of a policy, each reported with its location and how to fix it.
@Suite("Policy validation")
struct PolicyValidationTests {
    typealias F = PolicyFixture

    @Test func theFixtureIsValid() throws {
        let policy = try F.policy()
        #expect(policy.urgencies == [F.normal, F.urgent])
        #expect(policy.ladder.count == 4)
    }

    @Test func missingResolve() {
        let problems = F.problems(urgencies: [(F.normal, F.targets(accept: "2 working hours")), F.urgencies[1]])
        #expect(problems.count == 1)
        #expect(problems.first?.location == .urgency(F.normal))
        #expect(problems.first?.message.contains("no 'resolve' deadline") == true)
    }

    @Test func missingBoth() {
        let problems = F.problems(urgencies: [(F.normal, F.targets()), F.urgencies[1]])
        #expect(problems.map(\.location) == [.urgency(F.normal), .urgency(F.normal)])
    }

    @Test func categoryOverrideOfUnknownUrgency() {
        let critical = Urgency("critical")
        let problems = F.problems(overrides: [F.road: [critical: F.targets(resolve: "1 working day")]])
        #expect(problems.count == 1)
        #expect(problems.first?.location == .categoryOverride(F.road, critical))
        #expect(problems.first?.message.contains("defined: normal, urgent") == true)
    }

    @Test func categoryOverrideThatSetsNothing() {
        let problems = F.problems(overrides: [F.road: [F.normal: F.targets()]])
        #expect(problems.first?.location == .categoryOverride(F.road, F.normal))
        #expect(problems.first?.message.contains("sets no deadline") == true)
    }

    @Test(arguments: [10_000, 12_000, 0])
    func warningMustFallBeforeTheDeadline(basisPoints: Int) {
        var ladder = F.ladder
        ladder[0] = F.tier(.warning, .percent(basisPoints: basisPoints), .warn)
        let problems = F.problems(ladder: ladder)
        #expect(problems.contains { $0.location == .ladderTier(0) && $0.message.contains("'warning' must fall before the deadline") })
    }

    @Test func warningAfterTheDeadlineIsRejected() {
        var ladder = F.ladder
        ladder[0] = F.tier(.warning, .after(F.duration("1 working hour")), .warn)
        #expect(F.problems(ladder: ladder).contains { $0.location == .ladderTier(0) && $0.message.contains("not 'after'") })
    }

    @Test(arguments: [9_000, 10_001])
    func overdueMustBeAtTheDeadline(basisPoints: Int) {
        var ladder = F.ladder
        ladder[1] = F.tier(.overdue, .percent(basisPoints: basisPoints), .markOverdue)
        let problems = F.problems(ladder: ladder)
        #expect(problems.contains { $0.location == .ladderTier(1) && $0.message.contains("'overdue' is the deadline itself") })
    }

    @Test func urgeMustFallAfterTheDeadline() {
        var ladder = F.ladder
        ladder[2] = F.tier(.urge, .percent(basisPoints: 10_000), .urge)
        #expect(F.problems(ladder: ladder).contains { $0.location == .ladderTier(2) && $0.message.contains("must fall after the deadline") })
    }

    @Test func leadershipWithoutSignoff() {
        var ladder = F.ladder
        ladder[3] = F.tier(.leadership, .after(F.duration("3 working days")), .urge)
        let problems = F.problems(ladder: ladder)
        #expect(problems.count == 1)
        #expect(problems.first?.location == .ladderTier(3))
        #expect(problems.first?.message.contains("its action must be 'signoff'") == true)
    }

    @Test func signoffWithoutLevel() {
        var ladder = F.ladder
        ladder[3] = F.tier(.leadership, .after(F.duration("3 working days")), .signoff)
        #expect(F.problems(ladder: ladder).map(\.message).contains { $0.contains("names no 'level'") })
    }

    @Test func levelWithoutSignoff() {
        var ladder = F.ladder
        ladder[2] = F.tier(.urge, .after(F.duration("1 working day")), .urge, level: "city")
        #expect(F.problems(ladder: ladder).map(\.message).contains { $0.contains("remove 'level'") })
    }

    @Test func negativePoints() {
        var ladder = F.ladder
        ladder[1] = F.tier(.overdue, .percent(basisPoints: 10_000), .markOverdue, points: -100)
        #expect(F.problems(ladder: ladder).map(\.message).contains { $0.contains("negative points") })
    }

    @Test func tierListedTwice() {
        let ladder = F.ladder + [F.tier(.leadership, .after(F.duration("5 working days")), .signoff, level: "city")]
        let problems = F.problems(ladder: ladder)
        #expect(problems.count == 1)
        #expect(problems.first?.location == .ladderTier(4))
        #expect(problems.first?.message.contains("appears twice") == true)
    }

    @Test func tiersListedOutOfOrder() {
        let ladder = [F.ladder[1], F.ladder[0], F.ladder[2], F.ladder[3]]
        let problems = F.problems(ladder: ladder)
        #expect(problems.contains { $0.location == .ladderTier(1) && $0.message.contains("is listed after 'overdue'") })
    }

    @Test func tiersFallingOutOfOrder() {
        var ladder = F.ladder
        ladder[2] = F.tier(.urge, .after(F.duration("4 working days")), .urge)
        let problems = F.problems(ladder: ladder)
        #expect(problems.count == 1)
        #expect(problems.first?.location == .ladderTier(3))
        #expect(problems.first?.message.contains("does not fall after tier 'urge'") == true)
    }

    @Test func tiersOnDifferentDeadlinesAreNotCompared() {
        let ladder = [
            F.tier(.warning, .percent(basisPoints: 8000), .warn, on: .accept),
            F.tier(.overdue, .percent(basisPoints: 10_000), .markOverdue),
            F.tier(.urge, .after(F.duration("1 working day")), .urge, on: .accept),
        ]
        #expect(F.problems(ladder: ladder).isEmpty)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let problems = F.problems(
            version: "",
            urgencies: [(F.normal, F.targets(accept: "2 working hours")), (F.normal, F.targets(accept: "1h", resolve: "2h"))],
            overrides: [F.road: [Urgency("critical"): F.targets(resolve: "1h")]],
            ladder: [F.tier(.warning, .percent(basisPoints: 10_000), .warn), F.tier(.overdue, .percent(basisPoints: 9_000), .markOverdue)]
        )
        #expect(problems.map(\.location) == [
            .version, .urgency(F.normal), .urgency(F.normal), .categoryOverride(F.road, Urgency("critical")),
            .ladderTier(0), .ladderTier(1), .ladderTier(1),
        ])
        #expect(F.problems(urgencies: [], overrides: [:]).map(\.location) == [.urgencies])
    }
}
