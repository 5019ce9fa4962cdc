import CaseWatchCore
import Testing

/// Resolving a case's targets: the most specific category level that sets a deadline, per deadline kind,
/// else the urgency's default.
@Suite("Policy target resolution")
struct PolicyResolutionTests {
    typealias F = PolicyFixture

    func resolved(_ category: String?, _ urgency: Urgency) throws -> [DeadlineKind: ResolvedTarget] {
        try F.policy().targets(category: category.map { CaseCategory($0)! }, urgency: urgency)
    }

    @Test func eachKindFallsBackOnItsOwn() throws {
        let targets = try resolved("road.pothole", F.normal)
        #expect(targets[.accept]?.duration == F.duration("1 working hour"))
        #expect(targets[.accept]?.source == .category(F.pothole))
        #expect(targets[.resolve]?.duration == F.duration("3 working days"))
        #expect(targets[.resolve]?.source == .category(F.road))
    }

    @Test func parentCategoryThenUrgencyDefault() throws {
        let targets = try resolved("road", F.normal)
        #expect(targets[.accept]?.duration == F.duration("2 working hours"))
        #expect(targets[.accept]?.source == .urgencyDefault(F.normal))
        #expect(targets[.resolve]?.source == .category(F.road))
    }

    @Test func unknownSubcategoryInheritsFromItsAncestors() throws {
        let targets = try resolved("road.pothole.deep", F.normal)
        #expect(targets[.accept]?.source == .category(F.pothole))
        #expect(targets[.resolve]?.source == .category(F.road))
    }

    @Test func otherCategoriesAndNoCategoryUseTheDefault() throws {
        for category in ["water", "roads", nil] as [String?] {
            let targets = try resolved(category, F.normal)
            #expect(targets[.accept]?.source == .urgencyDefault(F.normal))
            #expect(targets[.resolve]?.duration == F.duration("5 working days"))
        #expect(targets[.resolve]?.source == .urgencyDefault(F.normal))
        }
    }

    @Test func overridesApplyToTheirUrgencyOnly() throws {
        let targets = try resolved("road.pothole", F.urgent)
        #expect(targets[.accept]?.duration == F.duration("30m"))
        #expect(targets[.accept]?.source == .urgencyDefault(F.urgent))
        #expect(targets[.resolve]?.duration == F.duration("24h"))
        #expect(targets[.resolve]?.source == .urgencyDefault(F.urgent))
    }

    @Test func unknownUrgencyNamesTheKnownOnes() throws {
        let error = #expect(throws: UnknownUrgencyError.self) { try resolved("road", Urgency("critical")) }
        #expect(error?.known == [F.normal, F.urgent])
        #expect(error?.description == "unknown urgency 'critical'; this policy defines normal, urgent")
    }

    @Test func sourcesDescribeThemselves() {
        #expect(TargetSource.category(F.pothole).description == "category road.pothole")
        #expect(TargetSource.urgencyDefault(F.normal).description == "urgency normal (default)")
    }
}
