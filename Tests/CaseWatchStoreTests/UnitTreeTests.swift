import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

@Test(arguments: StoreBackend.allCases)
func unitsAreWrittenParentsFirstAndReadLevelByLevelThenById(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    try store.write { try $0.upsertUnits(StoreFixtures.units) }
    try store.read { reader throws in
        #expect(try reader.units().map(\.id.rawValue) == [
            "cc", "cc.chaoyang", "cc.housing", "cc.nanguan", "cc.nanguan.ziqiang", "cc.nanguan.ziqiang.c1",
        ])
        #expect(Set(try reader.units()) == Set(StoreFixtures.units))
        #expect(try reader.unit(UnitID("cc.nanguan.ziqiang"))?.parent == UnitID("cc.nanguan"))
        #expect(try reader.unit(UnitID("cc"))?.parent == nil)
        #expect(try reader.unit(UnitID("cc.nowhere")) == nil)
    }
}

@Test(arguments: StoreBackend.allCases)
func upsertUpdatesStoredUnitsAndAcceptsStoredParents(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    try store.write { try $0.upsertUnits(StoreFixtures.units) }
    let renamed = OrgUnit(id: UnitID("cc.housing"), name: "住房和城乡建设局", level: .department, parent: UnitID("cc"))
    let added = OrgUnit(id: UnitID("cc.chaoyang.qianjin"), name: "前进街道", level: .street, parent: UnitID("cc.chaoyang"))
    try store.write { try $0.upsertUnits([added, renamed]) }
    try store.read { reader throws in
        #expect(try reader.unit(UnitID("cc.housing")) == renamed)
        #expect(try reader.unit(UnitID("cc.chaoyang.qianjin")) == added)
        #expect(try reader.units().count == StoreFixtures.units.count + 1)
    }
}

@Test(arguments: StoreBackend.allCases)
func aUnitGivenTwiceIsWrittenOnceAsGivenLast(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    let first = OrgUnit(id: UnitID("cc"), name: "旧名", level: .city, parent: nil)
    let last = OrgUnit(id: UnitID("cc"), name: "长春市", level: .city, parent: nil)
    try store.write { try $0.upsertUnits([first, last]) }
    #expect(try store.read { try $0.units() } == [last])
}

@Test(arguments: StoreBackend.allCases)
func anUnknownParentIsNamedAndNothingIsWritten(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    let orphan = OrgUnit(id: UnitID("cc.lost.street"), name: "失联街道", level: .street, parent: UnitID("cc.lost"))
    let error = #expect(throws: StoreError.unknownUnit(UnitID("cc.lost"), neededBy: "parent of unit 'cc.lost.street'")) {
        try store.write { try $0.upsertUnits(StoreFixtures.units + [orphan]) }
    }
    #expect(error?.description.contains("unit 'cc.lost' (parent of unit 'cc.lost.street') is not known") == true)
    #expect(try store.read { try $0.units() } == [])
}

@Test(arguments: StoreBackend.allCases)
func parentsThatLoopAreRefusedWithinTheInputAndAgainstTheStoredTree(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    let a = OrgUnit(id: UnitID("a"), name: "A", level: .district, parent: UnitID("b"))
    let b = OrgUnit(id: UnitID("b"), name: "B", level: .district, parent: UnitID("a"))
    #expect(throws: StoreError.unitCycle([UnitID("a"), UnitID("b"), UnitID("a")])) {
        try store.write { try $0.upsertUnits([a, b]) }
    }
    try store.write { try $0.upsertUnits(StoreFixtures.units) }
    let moved = OrgUnit(id: UnitID("cc.nanguan"), name: "南关区", level: .district, parent: UnitID("cc.nanguan.ziqiang.c1"))
    let added = OrgUnit(id: UnitID("cc.nanguan.new"), name: "新街道", level: .street, parent: UnitID("cc.nanguan"))
    let caught = try store.write { writer -> StoreError? in
        do throws(StoreError) {
            try writer.upsertUnits([added, moved])
            return nil
        } catch {
            // The transaction goes on after the refused call.
            try writer.upsertUnits([OrgUnit(id: UnitID("cc.later"), name: "后来", level: .district, parent: UnitID("cc"))])
            return error
        }
    }
    guard case .unitCycle = caught else {
        Issue.record("expected a unit cycle, got \(String(describing: caught))")
        return
    }
    // The refused call wrote nothing even though the transaction committed.
    #expect(try store.read { try $0.unit(UnitID("cc.nanguan")) }?.parent == UnitID("cc"))
    #expect(try store.read { try $0.unit(UnitID("cc.nanguan.new")) } == nil)
    #expect(try store.read { try $0.unit(UnitID("cc.later")) } != nil)
}

@Test(arguments: StoreBackend.allCases)
func theLeaderRosterIsReplacedKeepingTokensOfLeadersWhoStay(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    try store.write { try $0.upsertUnits(StoreFixtures.units) }
    let mayor = Leader(id: "l-city-01", name: "王市长", title: "副市长", level: "city", jurisdiction: UnitID("cc"))
    let district = Leader(id: "l-nanguan-01", name: "李区长", title: "副区长", level: "district", jurisdiction: UnitID("cc.nanguan"))
    try store.write { try $0.replaceLeaders([mayor, district]) }
    #expect(try store.read { try $0.leaders() } == [mayor, district])
    #expect(try store.write { try $0.issueToken(to: "l-city-01", hash: "h", at: StoreFixtures.t0) })
    let promoted = Leader(id: "l-city-01", name: "王市长", title: "市长", level: "city", jurisdiction: UnitID("cc"))
    let newcomer = Leader(id: "l-chaoyang-01", name: "赵区长", title: "区长", level: "district", jurisdiction: UnitID("cc.chaoyang"))
    try store.write { try $0.replaceLeaders([promoted, newcomer]) }
    #expect(try store.read { try $0.leaders() } == [newcomer, promoted])
    #expect(try scratch.textRows("SELECT token_hash FROM leaders WHERE id = 'l-city-01'") == [["h"]])
    #expect(try store.read { try $0.leaderCredential(tokenHash: "h") }?.leader == promoted)

    let stray = Leader(id: "l-x", name: "X", title: "X", level: "district", jurisdiction: UnitID("cc.nowhere"))
    #expect(throws: StoreError.unknownUnit(UnitID("cc.nowhere"), neededBy: "jurisdiction of leader 'l-x'")) {
        try store.write { try $0.replaceLeaders([promoted, stray]) }
    }
    #expect(try store.read { try $0.leaders() } == [newcomer, promoted])
    try store.write { try $0.replaceLeaders([]) }
    #expect(try store.read { try $0.leaders() } == [], "an empty roster removes every leader")
}

@Test(arguments: StoreBackend.allCases)
func aLeadersTokenIsIssuedFoundByItsHashReplacedAndRevoked(_ backend: StoreBackend) throws {
    let scratch = try backend.makeStore()
    let store = scratch.store
    try store.write { try $0.upsertUnits(StoreFixtures.units) }
    let mayor = Leader(id: "l-city-01", name: "王市长", title: "市长", level: "city", jurisdiction: UnitID("cc"))
    let district = Leader(id: "l-nanguan-01", name: "李区长", title: "副区长", level: "district", jurisdiction: UnitID("cc.nanguan"))
    try store.write { try $0.replaceLeaders([mayor, district]) }
    #expect(try !store.write { try $0.issueToken(to: "l-nobody", hash: "h0", at: StoreFixtures.t0) }, "no such leader")
    #expect(try !store.write { try $0.revokeToken(of: "l-city-01", at: StoreFixtures.t0) }, "no token yet")
    #expect(try store.read { try $0.leaderCredential(tokenHash: "h0") } == nil)

    #expect(try store.write { try $0.issueToken(to: "l-city-01", hash: "h1", at: StoreFixtures.at(1)) })
    #expect(try store.write { try $0.issueToken(to: "l-nanguan-01", hash: "h2", at: StoreFixtures.at(2)) })
    #expect(try store.read { try $0.leaderCredential(tokenHash: "h1") } == LeaderCredential(leader: mayor, issuedAt: StoreFixtures.at(1), revokedAt: nil))
    #expect(try store.read { try $0.leaderCredential(tokenHash: "h2") }?.leader == district)

    #expect(try store.write { try $0.revokeToken(of: "l-city-01", at: StoreFixtures.at(3)) })
    #expect(try !store.write { try $0.revokeToken(of: "l-city-01", at: StoreFixtures.at(4)) }, "revoked once")
    #expect(
        try store.read { try $0.leaderCredential(tokenHash: "h1") } == LeaderCredential(leader: mayor, issuedAt: StoreFixtures.at(1), revokedAt: StoreFixtures.at(3)),
        "a revoked token still names its leader, with when it ended"
    )
    #expect(try store.read { try $0.leaderCredential(tokenHash: "h2") }?.revokedAt == nil, "another leader's token is untouched")

    // A new token replaces the old one, revoked or not, and is valid.
    #expect(try store.write { try $0.issueToken(to: "l-city-01", hash: "h3", at: StoreFixtures.at(5)) })
    #expect(try store.read { try $0.leaderCredential(tokenHash: "h1") } == nil)
    #expect(try store.read { try $0.leaderCredential(tokenHash: "h3") } == LeaderCredential(leader: mayor, issuedAt: StoreFixtures.at(5), revokedAt: nil))
    #expect(try store.write { try $0.issueToken(to: "l-nanguan-01", hash: "h4", at: StoreFixtures.at(6)) })
    #expect(try store.read { try $0.leaderCredential(tokenHash: "h2") } == nil, "the token issued before stops working")
}
