import CaseWatchCore
import Testing

/// The rules of who may decide a sign-off, who may issue a token, and which levels need leaders.
@Suite struct AuthorityRuleTests {
    static let district = Leader(id: "l-d", name: "D", title: "副区长", level: "district", jurisdiction: UnitID("cc.d"))
    static let otherDistrict = Leader(id: "l-e", name: "E", title: "副区长", level: "district", jurisdiction: UnitID("cc.e"))
    static let city = Leader(id: "l-c", name: "C", title: "副市长", level: "city", jurisdiction: UnitID("cc"))
    static let due = Instant(secondsSinceEpoch: 1_000_000)

    static func signoff(_ status: SignoffStatus = .pending, level: String = "district", decidedBy: String? = nil) -> Signoff {
        Signoff(
            id: 7, escalationID: 1, caseID: CaseID("C1"), unit: UnitID("cc.d.s"), cycle: 1, escalationDueAt: Instant(secondsSinceEpoch: 0),
            level: level, status: status, dueAt: due, decidedBy: decidedBy
        )
    }

    static let lineage = [UnitID("cc.d.s"), UnitID("cc.d"), UnitID("cc")]

    @Test func aSignoffIsDecidedByALeaderOfItsLevelWhoseJurisdictionHoldsTheUnitWhilePending() {
        let before = Self.due.adding(seconds: -1)
        #expect(SignoffAuthority.mayDecide(Self.district, Self.signoff(), unitLineage: Self.lineage, at: before))
        #expect(SignoffAuthority.mayDecide(Self.district, Self.signoff(), unitLineage: Self.lineage, at: Self.due), "at the due instant itself")
        #expect(SignoffAuthority.refusal(of: Self.otherDistrict, for: Self.signoff(), unitLineage: Self.lineage, at: before)
            == .outsideJurisdiction(signoff: 7, unit: UnitID("cc.d.s"), leader: "l-e", jurisdiction: UnitID("cc.e")))
        #expect(SignoffAuthority.refusal(of: Self.city, for: Self.signoff(), unitLineage: Self.lineage, at: before)
            == .wrongLevel(signoff: 7, addressedTo: "district", leader: "l-c", leaderLevel: "city"))
        #expect(SignoffAuthority.refusal(of: Self.district, for: Self.signoff(), unitLineage: Self.lineage, at: Self.due.adding(seconds: 1))
            == .expired(signoff: 7, dueAt: Self.due, passesTo: "city"))
        #expect(SignoffAuthority.refusal(of: Self.city, for: Self.signoff(level: "city"), unitLineage: Self.lineage, at: Self.due.adding(seconds: 1))
            == .expired(signoff: 7, dueAt: Self.due, passesTo: nil))
        #expect(SignoffAuthority.refusal(of: Self.district, for: Self.signoff(.returned), unitLineage: Self.lineage, at: before) == .returned(signoff: 7))
        #expect(SignoffAuthority.refusal(of: Self.district, for: Self.signoff(.approved, decidedBy: "l-x"), unitLineage: Self.lineage, at: before)
            == .alreadyDecided(signoff: 7, status: .approved, by: "l-x"))
    }

    @Test func anAddressedSignoffStaysAddressedWhateverItsStatus() {
        #expect(SignoffAuthority.isAddressed(Self.signoff(.approved), to: Self.district, unitLineage: Self.lineage))
        #expect(!SignoffAuthority.isAddressed(Self.signoff(), to: Self.otherDistrict, unitLineage: Self.lineage))
        #expect(!SignoffAuthority.isAddressed(Self.signoff(), to: Self.city, unitLineage: Self.lineage))
    }

    @Test func aLeaderIssuesTokensOnlyAtOrBelowTheirLevelInTheirJurisdiction() {
        let cityLineage = [UnitID("cc")]
        let districtLineage = [UnitID("cc.d"), UnitID("cc")]
        #expect(TokenAuthority.refusal(of: Self.district, for: Self.city, targetLineage: cityLineage)
            == .levelAbove(issuer: "l-d", issuerLevel: "district", target: "l-c", targetLevel: "city"))
        #expect(TokenAuthority.refusal(of: Self.otherDistrict, for: Self.district, targetLineage: districtLineage)
            == .outsideJurisdiction(issuer: "l-e", issuerJurisdiction: UnitID("cc.e"), target: "l-d", targetJurisdiction: UnitID("cc.d")))
        #expect(TokenAuthority.refusal(of: Self.city, for: Self.district, targetLineage: districtLineage) == nil)
        #expect(TokenAuthority.refusal(of: Self.district, for: Self.district, targetLineage: districtLineage) == nil, "a leader renews their own")
        let unknownLevel = Leader(id: "l-x", name: "X", title: "?", level: "province", jurisdiction: UnitID("cc"))
        #expect(TokenAuthority.refusal(of: Self.city, for: unknownLevel, targetLineage: cityLineage) != nil, "an unknown level ranks above all")
    }

    @Test func everyLevelASignoffReachesNeedsALeader() {
        #expect(SignoffCoverage.unstaffed(from: "district", staffed: ["district", "city"]) == [])
        #expect(SignoffCoverage.unstaffed(from: "district", staffed: ["district"]) == ["city"])
        #expect(SignoffCoverage.unstaffed(from: "district", staffed: []) == ["district", "city"])
        #expect(SignoffCoverage.unstaffed(from: "city", staffed: ["district"]) == ["city"])
        #expect(SignoffCoverage.unstaffed(from: "province", staffed: ["district", "city"]) == ["province"])
    }
}
