import Foundation
import Testing
@testable import CaseWatchEngine

/// An audit entry's detail reads as `JSONSerialization` (sorted keys, slashes unescaped) wrote it before it
/// was written by hand, so details of old and new entries look alike. Their keys are lowercase words joined
/// by `_` (JSONSerialization orders other keys, capitals and digits, otherwise than by their bytes).
@Suite struct AuditDetailTests {
    static let pieces = ["batch", "源", "a/b", "say \"hi\"", "back\\slash", "line\nbreak", "tab\t", "cr\r", "\u{1}", "\u{1F}", "😀", " ", ""]

    @Test func randomDetailsMatchJSONSerialization() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var members: [String: String] = [:]
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                let key = String((0..<Int.random(in: 1...8, using: &generator)).map { _ in "abcdefgh_".randomElement(using: &generator)! })
                members[key] = (0..<Int.random(in: 0...4, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            }
            let expected = String(decoding: try JSONSerialization.data(withJSONObject: members, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
            #expect(AuditDetail.json(members) == expected)
        }
    }

    @Test func anIngestBatchsDetail() {
        #expect(AuditDetail.json(["source": "http:key/3", "batch": "7", "events": "100", "duplicates": "0"])
            == #"{"batch":"7","duplicates":"0","events":"100","source":"http:key/3"}"#)
    }
}
