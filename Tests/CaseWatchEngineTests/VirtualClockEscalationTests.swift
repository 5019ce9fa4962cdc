import CaseWatchCore
import Testing

/// The engine on a virtual clock: every ladder tier fires once, at its due instant, against the right unit.
@Suite struct VirtualClockEscalationTests {
    typealias F = ReplayFixture

    /// Dispatched Monday 2026-10-12 09:00 to unit-a: 5 working days → due Monday 2026-10-19 17:00.
    let dispatched = [
        F.line(1, "registered", "2026-10-12T09:00", F.registered),
        F.line(2, "dispatched", "2026-10-12T09:00", ["unit": "unit-a"]),
    ]

    @Test func everyTierFiresOnceAtItsDueInstant() throws {
        let f = try F()
        let (summary, escalations) = try f.replay(dispatched, asOf: "2026-12-31T00:00")
        #expect(escalations.map(\.tier) == [.warning, .overdue, .urge, .leadership, .notice])
        #expect(escalations.map { f.show($0.dueAt) } == [
            "2026-10-16T17:00:00+08:00",  // 80% of 35 working hours = 28: end of the 4th working day
            "2026-10-19T17:00:00+08:00",  // the deadline
            "2026-10-20T17:00:00+08:00",  // urge: 1 working day after
            "2026-10-22T17:00:00+08:00",  // leadership: 3 working days after
            "2026-10-26T17:00:00+08:00",  // notice: 5 working days after
        ])
        #expect(escalations.allSatisfy { $0.detectedAt == $0.dueAt && $0.unit == UnitID("unit-a") && $0.cycle == 1 })
        #expect(escalations.first { $0.tier == .leadership }?.signoffLevel == "district")
        #expect(summary.escalations[.overdue] == 1)
        #expect(summary.units[UnitID("unit-a")]?.openOverdue == 1)
    }

    @Test func aReplyAtExactlyTheDueInstantIsOnTime() throws {
        let f = try F()
        let (summary, escalations) = try f.replay(dispatched + [F.line(3, "replied", "2026-10-19T17:00")], asOf: "2026-12-31T00:00")
        #expect(escalations.map(\.tier) == [.warning])
        #expect(summary.units[UnitID("unit-a")]?.onTime == 1)
    }

    @Test func aReplyOneSecondLateIsOverdue() throws {
        let f = try F()
        let late = F.line(3, "replied", "2026-10-19T17:00").replacingOccurrences(of: "17:00:00+08:00", with: "17:00:01+08:00")
        let (summary, escalations) = try f.replay(dispatched + [late], asOf: "2026-12-31T00:00")
        #expect(escalations.map(\.tier) == [.warning, .overdue])
        #expect(summary.units[UnitID("unit-a")]?.late == 1)
    }

    @Test func aSuspensionMovesTheDueInstants() throws {
        let f = try F()
        let (_, escalations) = try f.replay(dispatched + [
            F.line(3, "suspended", "2026-10-13T09:00"), F.line(4, "resumed", "2026-10-15T09:00"),
        ], asOf: "2026-10-22T00:00")
        // Two working days paused: the deadline moves from Mon 19 to Wed 21.
        #expect(escalations.first { $0.tier == .overdue }.map { f.show($0.dueAt) } == "2026-10-21T17:00:00+08:00")
    }

    @Test func aGrantedExtensionMovesTheOverdueTier() throws {
        let f = try F()
        let (_, escalations) = try f.replay(dispatched + [
            F.line(3, "accepted", "2026-10-12T10:00"),
            F.line(4, "extension-requested", "2026-10-13T09:00", ["days": "3", "reason": "parts"]),
            F.line(5, "extension-granted", "2026-10-13T10:00", ["days": "3"]),
        ], asOf: "2026-10-23T00:00")
        #expect(escalations.first { $0.tier == .overdue }.map { f.show($0.dueAt) } == "2026-10-22T17:00:00+08:00")
    }

    @Test func aTransferChargesTheReceivingUnitInANewCycle() throws {
        let f = try F()
        let (_, escalations) = try f.replay(dispatched + [
            F.line(3, "transferred", "2026-10-16T09:00", ["to": "unit-b"]),
        ], asOf: "2026-10-24T00:00")
        // unit-a's warning was due on the 16th at 17:00, after the transfer at 09:00: it never fires.
        #expect(escalations.allSatisfy { $0.unit == UnitID("unit-b") && $0.cycle == 2 })
        #expect(escalations.first { $0.tier == .overdue }.map { f.show($0.dueAt) } == "2026-10-23T17:00:00+08:00")
    }

    @Test func aReopenOpensANewCycleWhoseTiersFireAgain() throws {
        let f = try F()
        let (_, escalations) = try f.replay(dispatched + [
            F.line(3, "replied", "2026-10-20T09:00"), F.line(4, "closed", "2026-10-20T10:00", ["satisfaction": "dissatisfied"]),
            F.line(5, "reopened", "2026-10-20T11:00"),
        ], asOf: "2026-10-29T00:00")
        let overdue = escalations.filter { $0.tier == .overdue }
        #expect(overdue.map(\.cycle) == [1, 2])
        #expect(overdue.last.map { f.show($0.dueAt) } == "2026-10-27T17:00:00+08:00")
    }

    @Test func aTierNeverFiresTwiceEvenWhenAskedAgain() throws {
        let f = try F()
        let (_, escalations) = try f.replay(dispatched, asOf: "2026-10-20T00:00")
        let again = try f.store.write { try $0.recordEscalation(escalations[0], signoffDue: nil) }
        #expect(!again)
        #expect(try f.store.read { try $0.escalations() }.count == escalations.count)
    }
}
