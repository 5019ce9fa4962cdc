import CaseWatchCore
import CaseWatchTesting
import GRDB
import Testing
@testable import CaseWatchStore

@Test func unitsAreWrittenParentsFirstAndReadLevelByLevelThenById() throws {
    try TemporaryStore.with { store throws in
        try store.write { try $0.upsertUnits(StoreFixtures.units) }
        try store.read { reader throws in
            #expect(try reader.units().map(\.id.rawValue) == [
                "cc", "cc.chaoyang", "cc.housing", "cc.nanguan", "cc.nanguan.ziqiang", "cc.nanguan.ziqiang.c1",
            ])
            #expect(Set(try reader.units()) == Set(StoreFixtures.units))
            #expect(try reader.unit(UnitID("cc.nanguan.ziqiang"))?.parent == UnitID("cc.nanguan"))
            #expect(try reader.unit(UnitID("cc.nowhere")) == nil)
        }
    }
}

@Test func upsertUpdatesStoredUnitsAndAcceptsStoredParents() throws {
    try TemporaryStore.with { store throws in
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
}

@Test func anUnknownParentIsNamedAndNothingIsWritten() throws {
    try TemporaryStore.with { store throws in
        let orphan = OrgUnit(id: UnitID("cc.lost.street"), name: "失联街道", level: .street, parent: UnitID("cc.lost"))
        let error = #expect(throws: StoreError.unknownUnit(UnitID("cc.lost"), neededBy: "parent of unit 'cc.lost.street'")) {
            try store.write { try $0.upsertUnits(StoreFixtures.units + [orphan]) }
        }
        #expect(error?.description.contains("unit 'cc.lost' (parent of unit 'cc.lost.street') is not known") == true)
        #expect(try store.read { try $0.units() } == [])
    }
}

@Test func parentsThatLoopAreRefusedWithinTheInputAndAgainstTheStoredTree() throws {
    try TemporaryStore.with { store throws in
        let a = OrgUnit(id: UnitID("a"), name: "A", level: .district, parent: UnitID("b"))
        let b = OrgUnit(id: UnitID("b"), name: "B", level: .district, parent: UnitID("a"))
        #expect(throws: StoreError.unitCycle([UnitID("a"), UnitID("b"), UnitID("a")])) {
            try store.write { try $0.upsertUnits([a, b]) }
        }
        try store.write { try $0.upsertUnits(StoreFixtures.units) }
        let moved = OrgUnit(id: UnitID("cc.nanguan"), name: "南关区", level: .district, parent: UnitID("cc.nanguan.ziqiang.c1"))
        let caught = try store.write { writer -> StoreError? in
            do throws(StoreError) {
                try writer.upsertUnits([moved])
                return nil
            } catch {
                return error
            }
        }
        guard case .unitCycle = caught else {
            Issue.record("expected a unit cycle, got \(String(describing: caught))")
            return
        }
        // The refused call wrote nothing even though the transaction committed.
        #expect(try store.read { try $0.unit(UnitID("cc.nanguan")) }?.parent == UnitID("cc"))
    }
}

@Test func theLeaderRosterIsReplacedKeepingTokensOfLeadersWhoStay() throws {
    try TemporaryStore.with { store throws in
        try store.write { try $0.upsertUnits(StoreFixtures.units) }
        let mayor = Leader(id: "l-city-01", name: "王市长", title: "副市长", level: "city", jurisdiction: UnitID("cc"))
        let district = Leader(id: "l-nanguan-01", name: "李区长", title: "副区长", level: "district", jurisdiction: UnitID("cc.nanguan"))
        try store.write { try $0.replaceLeaders([mayor, district]) }
        try store.pool.write { db throws in
            try db.execute(sql: "UPDATE leaders SET token_hash = 'h', token_issued_at = 1 WHERE id = 'l-city-01'")
        }
        let promoted = Leader(id: "l-city-01", name: "王市长", title: "市长", level: "city", jurisdiction: UnitID("cc"))
        let newcomer = Leader(id: "l-chaoyang-01", name: "赵区长", title: "区长", level: "district", jurisdiction: UnitID("cc.chaoyang"))
        try store.write { try $0.replaceLeaders([promoted, newcomer]) }
        #expect(try store.read { try $0.leaders() } == [newcomer, promoted])
        let token = try store.pool.read { db in try String.fetchOne(db, sql: "SELECT token_hash FROM leaders WHERE id = 'l-city-01'") }
        #expect(token == "h")

        let stray = Leader(id: "l-x", name: "X", title: "X", level: "district", jurisdiction: UnitID("cc.nowhere"))
        #expect(throws: StoreError.unknownUnit(UnitID("cc.nowhere"), neededBy: "jurisdiction of leader 'l-x'")) {
            try store.write { try $0.replaceLeaders([stray]) }
        }
        #expect(try store.read { try $0.leaders() } == [newcomer, promoted])
    }
}
