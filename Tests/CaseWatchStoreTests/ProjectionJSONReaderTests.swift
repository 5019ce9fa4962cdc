import CaseWatchCore
import CaseWatchTesting
import Foundation
import Testing
@testable import CaseWatchStore

@Suite("ProjectionJSONReader")
struct ProjectionJSONReaderTests {
    private static let alphabet: [Character] = ["a", "Z", "7", ".", "-", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "東", "😀"]

    private static func text(_ random: inout SeededGenerator) -> String {
        String((0..<Int.random(in: 1...10, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }

    private static func instant(_ random: inout SeededGenerator) -> Instant {
        Instant(secondsSinceEpoch: Int64.random(in: -4_000_000_000...4_000_000_000, using: &random))
    }

    private static func deadline(_ random: inout SeededGenerator) -> DeadlineState? {
        guard Bool.random(using: &random) else { return nil }
        return DeadlineState(
            due: instant(&random), extendedDue: Bool.random(using: &random) ? instant(&random) : nil,
            provisional: Bool.random(using: &random), explicit: Bool.random(using: &random),
            metAt: Bool.random(using: &random) ? instant(&random) : nil
        )
    }

    /// A projection with every member drawn at random, optional ones present or not.
    private static func projection(_ random: inout SeededGenerator) -> CaseProjection {
        func maybe<T>(_ make: () -> T) -> T? { Bool.random(using: &random) ? make() : nil }
        return CaseProjection(
            caseID: CaseID(text(&random)), status: CaseStatus.allCases.randomElement(using: &random)!,
            statusBeforeSuspension: maybe { CaseStatus.allCases.randomElement(using: &random)! }, category: text(&random),
            urgency: Urgency(rawValue: text(&random)), policyVersion: text(&random), registeredAt: instant(&random),
            unit: maybe { UnitID(text(&random)) }, cycle: Int.random(in: 1...9, using: &random), cycleStart: maybe { instant(&random) },
            reopens: Int.random(in: 0...3, using: &random), transfers: Int.random(in: 0...3, using: &random),
            returns: Int.random(in: 0...3, using: &random), explicitResolveBy: maybe { instant(&random) },
            accept: deadline(&random), resolve: deadline(&random),
            pauses: (0..<Int.random(in: 0...3, using: &random)).map { _ in
                let start = instant(&random)
                return TimeSpan(start: start, end: Instant(secondsSinceEpoch: start.secondsSinceEpoch + Int64.random(in: 0...900_000, using: &random)))
            },
            suspendedSince: maybe { instant(&random) }, extensionDays: Int.random(in: 0...30, using: &random),
            pendingExtension: maybe { PendingExtension(days: Int.random(in: 1...15, using: &random), requestedAt: instant(&random)) },
            closedAt: maybe { instant(&random) }, satisfaction: maybe { Satisfaction.allCases.randomElement(using: &random)! },
            steps: (0..<Int.random(in: 0...4, using: &random)).map { _ in
                PendingStep(
                    tier: TierName.allCases.randomElement(using: &random)!, deadline: DeadlineKind.allCases.randomElement(using: &random)!,
                    due: instant(&random), provisional: Bool.random(using: &random)
                )
            },
            lastEventAt: instant(&random), eventCount: Int.random(in: 1...500, using: &random)
        )
    }

    @Test("every projection the writer writes is read back whole, as JSONDecoder reads it")
    func readsWhatTheWriterWrites() throws {
        var random = SeededGenerator(seed: 2026)
        for _ in 0..<3_000 {
            let projection = Self.projection(&random)
            let text = ProjectionJSON.encode(projection)
            let read = try #require(ProjectionJSONReader.read(text), "\(text)")
            #expect(read == projection)
            #expect(read == (try JSONDecoder().decode(CaseProjection.self, from: Data(text.utf8))))
        }
    }

    @Test("a text of another shape is left to JSONDecoder, and decode reads it all the same")
    func givesUpOnOtherShapes() throws {
        var random = SeededGenerator(seed: 7)
        let projection = Self.projection(&random)
        let text = ProjectionJSON.encode(projection)
        let others = [
            text.replacingOccurrences(of: "\"cycle\":", with: "\"later\":1,\"cycle\":"),  // a member the reader does not know
            text.replacingOccurrences(of: "\"eventCount\":\(projection.eventCount)", with: "\"eventCount\":\(projection.eventCount).0"),
            text.replacingOccurrences(of: "\"cycle\":", with: " \"cycle\" : "),
        ]
        for other in others {
            let decoded = try? JSONDecoder().decode(CaseProjection.self, from: Data(other.utf8))
            if let read = ProjectionJSONReader.read(other) { #expect(read == decoded) }
            #expect(try ProjectionJSON.decode(other, of: "x") == decoded)
        }
        #expect(ProjectionJSONReader.read(text.replacingOccurrences(of: "\"cycle\":", with: "\"later\":1,\"cycle\":")) == nil)
        // Broken texts: neither reader reads them; decode names the case.
        for cut in stride(from: 0, to: text.utf8.count, by: 7) {
            let broken = String(decoding: Array(text.utf8).prefix(cut), as: UTF8.self)
            #expect(ProjectionJSONReader.read(broken) == nil)
        }
        #expect(throws: StoreError.self) { try ProjectionJSON.decode("{\"caseID\":1}", of: "C-9") }
    }
}
