import CaseWatchExport
import CaseWatchTesting
import Foundation
import Testing

@Suite("JSONValue compact")
struct JSONValueCompactTests {
    /// Characters that need escaping or take several bytes, beside plain ones.
    private static let alphabet: [Character] = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{1F}", "\u{7F}", "é", "街", "道", "😀", "\u{2028}",
    ]

    private static func text(_ random: inout SeededGenerator) -> String {
        String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }

    private static func value(depth: Int, _ random: inout SeededGenerator) -> JSONValue {
        switch Int.random(in: 0...(depth > 2 ? 3 : 5), using: &random) {
        case 0: .string(text(&random))
        case 1: .int(Int.random(in: -1_000_000...1_000_000, using: &random))
        case 2: .bool(Bool.random(using: &random))
        case 3: .null
        case 4: .array((0..<Int.random(in: 0...4, using: &random)).map { _ in value(depth: depth + 1, &random) })
        default:
            .object(Dictionary((0..<Int.random(in: 0...4, using: &random)).map { _ in (text(&random), value(depth: depth + 1, &random)) }) { first, _ in first })
        }
    }

    @Test("a string is quoted byte for byte as the indented writer quotes it")
    func stringsAgree() {
        var random = SeededGenerator(seed: 13)
        for _ in 0..<2_000 {
            let value = JSONValue.string(Self.text(&random))
            #expect(value.compactText + "\n" == value.text)
        }
    }

    @Test("the compact text reads back as the same value as the indented text, on one line")
    func sameValue() throws {
        var random = SeededGenerator(seed: 14)
        for _ in 0..<500 {
            let value = JSONValue.array([Self.value(depth: 0, &random)])
            let compact = value.compactText
            #expect(!compact.utf8.contains { $0 < 0x20 })
            #expect(Array(compact.utf8) == value.compactUTF8)
            let fromCompact = try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? NSArray
            let fromIndented = try JSONSerialization.jsonObject(with: Data(value.text.utf8)) as? NSArray
            #expect(fromCompact != nil && fromCompact == fromIndented)
        }
    }

    @Test("control characters are written as \\u00XX in lower-case hex, quotes and backslashes escaped")
    func escapes() {
        #expect(JSONValue.string("a\u{1B}b\u{0}\"\\\n").compactText == #""a\u001bb\u0000\"\\\n""#)
        #expect(JSONValue.object(["b": .int(1), "a": .string("街道")]).compactText == #"{"a":"街道","b":1}"#)
    }
}
