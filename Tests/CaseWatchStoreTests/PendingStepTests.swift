import CaseWatchCore
import CaseWatchTesting
import Testing
@testable import CaseWatchStore

/// The next steps stored with projections, as the timer wheel reads them back, on both backends.
@Suite struct PendingStepTests {
    /// Stores a projection of each case in `steps` (registering it) with the step due that many minutes
    /// after t0, none for nil.
    static func store(_ steps: [(String, Int64?)], in store: any CaseStore) throws {
        try registerCases(steps.map(\.0), in: store)
        try store.write { writer throws in
            for (caseID, due) in steps {
                let step = due.map { PendingStep(tier: .warning, deadline: .resolve, due: StoreFixtures.at($0), provisional: false) }
                try writer.saveProjection(try StoreFixtures.projection(caseID), nextStep: step)
            }
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func stepsComeEarliestDueFirstWithTiesInCaseIdByteOrder(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        try scratch.store.read { reader throws in
            #expect(try reader.pendingSteps().isEmpty)
            #expect(try reader.pendingStepSummary() == (0, nil))
            #expect(try reader.earliestPendingStep() == nil)
        }
        // Ids whose byte order differs from a natural or a linguistic one: "C-10" before "C-2", "C-B" before
        // "C-a", and "C-é" (bytes above ASCII) last.
        try Self.store([("C-a", 100), ("C-é", 100), ("C-B", 100), ("C-2", 50), ("C-10", 50), ("C-x", nil), ("C-0", 70)], in: scratch.store)
        try scratch.store.read { reader throws in
            let steps = try reader.pendingSteps()
            #expect(steps.map(\.caseID.rawValue) == ["C-10", "C-2", "C-0", "C-B", "C-a", "C-é"])
            #expect(steps.map(\.due) == [50, 50, 70, 100, 100, 100].map { StoreFixtures.at($0) })
            #expect(try reader.pendingStepSummary() == (6, StoreFixtures.at(50)))
            #expect(try reader.earliestPendingStep() == StoreFixtures.at(50))
        }
        // A case whose step is cleared leaves the steps; a later earliest one replaces the earliest.
        try scratch.store.write { writer throws in
            try writer.saveProjection(try StoreFixtures.projection("C-10"), nextStep: nil)
            try writer.saveProjection(
                try StoreFixtures.projection("C-2"),
                nextStep: PendingStep(tier: .overdue, deadline: .accept, due: StoreFixtures.at(60), provisional: true)
            )
        }
        try scratch.store.read { reader throws in
            #expect(try reader.pendingSteps().map(\.caseID.rawValue) == ["C-2", "C-0", "C-B", "C-a", "C-é"])
            #expect(try reader.pendingStepSummary() == (5, StoreFixtures.at(60)))
            #expect(try reader.earliestPendingStep() == StoreFixtures.at(60))
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func everyStepIsReadOnceWhenTheyAreMoreThanAPage(_ backend: StoreBackend) throws {
        let scratch = try backend.makeStore()
        // More than two of PostgreSQL's pages of 1,000, with runs of equal due instants across their edges.
        let steps = (0..<2_345).map { ("C-\($0)", Int64($0 % 7)) }
        try Self.store(steps.map { ($0.0, .some($0.1)) }, in: scratch.store)
        let expected = steps.sorted { lhs, rhs in
            lhs.1 != rhs.1 ? lhs.1 < rhs.1 : lhs.0.utf8.lexicographicallyPrecedes(rhs.0.utf8)
        }
        let read = try scratch.store.read { try $0.pendingSteps() }
        #expect(read.map(\.caseID.rawValue) == expected.map(\.0))
        #expect(read.map(\.due) == expected.map { StoreFixtures.at($0.1) })
        #expect(try scratch.store.read { try $0.pendingStepSummary() } == (2_345, StoreFixtures.at(0)))
    }
}
