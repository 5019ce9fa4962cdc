import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Testing

/// The store deliveries write through: the daemon's own store until the seat is taken, the seat's after
/// (on PostgreSQL the fenced one, whose refusal of a lost epoch `SupervisionLeaseTests` shows).
@Suite struct SeatBoundStoreTests {
    static func unit(_ name: String) -> OrgUnit { OrgUnit(id: UnitID(name), name: name, level: .community, parent: nil) }

    @Test func writesGoToTheStoreUntilBoundThenToTheSeatsStore() throws {
        let own = try TemporaryStore(), seat = try TemporaryStore()
        let bound = SeatBoundStore(own.store)
        try bound.write { try $0.upsertUnits([Self.unit("before")]) }
        bound.bind(to: seat.store)
        try bound.write { try $0.upsertUnits([Self.unit("after")]) }
        #expect(try own.store.read { try $0.units() }.map(\.id) == [UnitID("before")])
        #expect(try seat.store.read { try $0.units() }.map(\.id) == [UnitID("after")])
        #expect(try bound.read { try $0.units() }.map(\.id) == [UnitID("after")], "reads follow the binding too")
        #expect(bound.location == seat.store.location)
    }
}
