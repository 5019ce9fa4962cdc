import CaseWatchConfig
import CaseWatchCore
import Foundation
import Testing

/// One line of `seeds/events.jsonl` read into a core event.
private func event(from line: Substring) throws -> CaseEvent {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    var text: [String: String] = [:]
    for (key, value) in object {
        text[key] = try #require(value as? String ?? (value as? Int).map(String.init), "\(key) in \(line)")
    }
    let header = ["id", "case", "type", "at", "actor"].map { text[$0] ?? "" }
    let fields = text.filter { !["id", "case", "type", "at", "actor"].contains($0.key) }
    let type = try #require(CaseEventType(rawValue: header[2]), "\(line)")
    return CaseEvent(
        id: EventID(header[0]), caseID: CaseID(header[1]), at: try InstantParser.parseWithOffset(header[3]),
        actor: header[4], kind: try CaseEventKind(type: type, fields: fields)
    )
}

@Test func seedEventsAreCoreEventsOnSeedUnitsInTimeOrder() throws {
    let text = try String(contentsOfFile: RepositorySeeds.directory + "/events.jsonl", encoding: .utf8)
    let events = try text.split(separator: "\n").map(event(from:))
    let units = Set(try RepositorySeeds.units().map(\.id))
    #expect(events.count > 7_000)
    #expect(Set(events.map(\.caseID)).count == 1_500)
    #expect(Set(events.map(\.id)).count == events.count)
    #expect(zip(events, events.dropFirst()).allSatisfy { $0.at <= $1.at })
    #expect(Set(events.map(\.kind.type)) == Set(CaseEventType.allCases))
    for event in events {
        switch event.kind {
        case let .dispatched(unit, _), let .transferred(unit, _):
            #expect(units.contains(unit), "\(event.id) names unknown unit \(unit)")
        default:
            break
        }
    }
}
