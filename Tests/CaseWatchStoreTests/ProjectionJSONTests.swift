import CaseWatchCore
import Foundation
import Testing
@testable import CaseWatchStore

/// The paths of members that are nil in `value`, walking into nested structs, optionals and arrays.
private func nilMembers(of value: Any, at path: String = "projection") -> [String] {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional {
        guard let wrapped = mirror.children.first?.value else { return [path] }
        return nilMembers(of: wrapped, at: path)
    }
    guard mirror.displayStyle == .struct || mirror.displayStyle == .collection else { return [] }
    if mirror.displayStyle == .collection, mirror.children.isEmpty { return ["\(path) (empty)"] }
    return mirror.children.enumerated().flatMap { index, child in
        nilMembers(of: child.value, at: path + "." + (child.label ?? "\(index)"))
    }
}

/// A projection with every member set, optional or not.
private func fullProjection() throws -> CaseProjection {
    var projection = try StoreFixtures.projection("C-1", status: .suspended, unit: "cc.nanguan", provisional: true)
    projection.caseID = CaseID("C-\"1\"/東\\")
    projection.statusBeforeSuspension = .accepted
    projection.explicitResolveBy = StoreFixtures.at(9000)
    projection.suspendedSince = StoreFixtures.at(80)
    projection.closedAt = StoreFixtures.at(90)
    projection.satisfaction = .basicallySatisfied
    projection.resolve?.metAt = StoreFixtures.at(85)
    projection.accept?.extendedDue = StoreFixtures.at(130)
    return projection
}

@Test func theFixtureSetsEveryMemberOfAProjection() throws {
    // A member added to CaseProjection (or to the types inside it) shows up here first: set it in
    // fullProjection(), then the next test shows whether ProjectionJSON writes it.
    #expect(nilMembers(of: try fullProjection()) == [])
    #expect(nilMembers(of: try StoreFixtures.projection("C-1")).contains("projection.closedAt"))
}

@Test func projectionJSONWritesWhatJSONEncoderWritesWithSortedKeys() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var sparse = try StoreFixtures.projection("C-2", status: .registered, unit: nil)
    sparse.accept = nil
    sparse.resolve = nil
    sparse.pendingExtension = nil
    sparse.cycleStart = nil
    sparse.pauses = []
    sparse.steps = []
    for projection in [try fullProjection(), try StoreFixtures.projection("C-3"), sparse] {
        let expected = String(decoding: try encoder.encode(projection), as: UTF8.self)
        #expect(ProjectionJSON.encode(projection) == expected)
        #expect(try ProjectionJSON.decode(ProjectionJSON.encode(projection), of: "x") == projection)
    }
}
