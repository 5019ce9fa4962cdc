import CaseWatchCore
@testable import CaseWatchStore
import Foundation
import Testing

/// The hand-written projection JSON reads back as the same projection, like Foundation's encoding does.
@Suite struct ProjectionJSONTests {
    /// A projection with every optional set and text that needs escaping.
    func everything() throws -> CaseProjection {
        var p = try StoreFixtures.projection("C-1", status: .suspended)
        p.caseID = CaseID("C-\"1\"\n")
        p.statusBeforeSuspension = .accepted
        p.category = "road.\"pothole\"\\路面\t"
        p.explicitResolveBy = StoreFixtures.at(6000)
        p.suspendedSince = StoreFixtures.at(80)
        p.closedAt = StoreFixtures.at(90)
        p.satisfaction = .basicallySatisfied
        p.registeredAt = Instant(secondsSinceEpoch: -5)
        return p
    }

    @Test(arguments: [false, true])
    func writtenJSONDecodesToTheSameProjection(full: Bool) throws {
        let projection = full ? try everything() : try StoreFixtures.projection("C-2")
        let written = ProjectionJSON().encode(projection)
        let decoded = try JSONDecoder().decode(CaseProjection.self, from: Data(written.utf8))
        #expect(decoded == projection)
        let foundation = try JSONEncoder().encode(projection)
        #expect(try JSONDecoder().decode(CaseProjection.self, from: foundation) == decoded)
    }

    @Test func absentOptionalsAreLeftOut() throws {
        var p = try StoreFixtures.projection("C-3")
        p.pendingExtension = nil
        p.accept = nil
        let written = ProjectionJSON().encode(p)
        #expect(!written.contains("pendingExtension") && !written.contains("\"accept\""))
        #expect(try JSONDecoder().decode(CaseProjection.self, from: Data(written.utf8)) == p)
    }
}
