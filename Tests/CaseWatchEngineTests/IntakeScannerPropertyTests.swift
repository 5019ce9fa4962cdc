import CaseWatchTesting
@testable import CaseWatchEngine
import Testing

/// The intake record scanner reads thousands of random records exactly as Foundation's JSONDecoder did:
/// valid ones, every truncation of them, byte flips and wrong shapes.
@Suite struct IntakeScannerPropertyTests {
    @Test func validRecordsReadAsJSONDecoderReadThem() {
        var generator = RecordGenerator(seed: 13)
        for _ in 0..<4000 {
            let line = generator.record()
            #expect(IntakeRecordReference.agree(on: line), "\(line.debugDescription)")
        }
    }

    @Test func everyTruncationIsRefusedAsJSONDecoderRefusedIt() {
        var generator = RecordGenerator(seed: 14)
        for _ in 0..<150 {
            let scalars = Array(generator.record().unicodeScalars)
            for end in 0..<scalars.count {
                var line = ""
                line.unicodeScalars.append(contentsOf: scalars[..<end])
                #expect(IntakeRecordReference.agree(on: line), "\(line.debugDescription)")
            }
        }
    }

    @Test func byteFlipsReadAsJSONDecoderReadThem() {
        var generator = RecordGenerator(seed: 15)
        let replacements = Array(#"{}[]",:\ 0123456789.eE+-tfnulrsaxzU/"#.unicodeScalars)
        for _ in 0..<6000 {
            var scalars = Array(generator.record().unicodeScalars)
            for _ in 0..<Int.random(in: 1...3, using: &generator.random) {
                let position = Int.random(in: 0..<scalars.count, using: &generator.random)
                switch Int.random(in: 0..<3, using: &generator.random) {
                case 0: scalars[position] = replacements.randomElement(using: &generator.random)!
                case 1: scalars.insert(replacements.randomElement(using: &generator.random)!, at: position)
                default: if scalars.count > 1 { scalars.remove(at: position) }
                }
            }
            var line = ""
            line.unicodeScalars.append(contentsOf: scalars)
            #expect(IntakeRecordReference.agree(on: line), "\(line.debugDescription)")
        }
    }

    @Test func otherShapesReadAsJSONDecoderReadThem() {
        var generator = RecordGenerator(seed: 16)
        for _ in 0..<2000 {
            let line = generator.space() + generator.value(depth: 0) + generator.space()
            #expect(IntakeRecordReference.agree(on: line), "\(line.debugDescription)")
        }
    }
}

/// Random intake records in JSON, with the values and spellings that matter to the reader.
struct RecordGenerator {
    var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    mutating func record() -> String {
        let count = Int.random(in: 0...8, using: &random)
        var keys: [String] = []
        var members: [String] = []
        for _ in 0..<count {
            let key = keys.isEmpty || chance(0.85) ? self.key() : keys.randomElement(using: &random)!
            keys.append(key)
            members.append(space() + key + space() + ":" + space() + value(depth: 0) + space())
        }
        let trailing = !members.isEmpty && chance(0.05) ? "," : ""
        let bom = chance(0.02) ? "\u{FEFF}" : ""
        return bom + space() + "{" + members.joined(separator: ",") + trailing + space() + "}" + space()
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    mutating func pick(_ choices: [String]) -> String {
        choices.randomElement(using: &random)!
    }

    mutating func space() -> String {
        chance(0.6) ? "" : pick([" ", "\t", "\n", "\r\n", "  ", " \t "])
    }

    mutating func key() -> String {
        chance(0.6)
            ? "\"" + pick(["id", "case", "type", "at", "actor", "days", "reason", "phone", "name", "姓名", "category", "urgency"]) + "\""
            : string()
    }

    mutating func value(depth: Int) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1, 2: return string()
        case 3, 4: return number()
        case 5: return "null"
        case 6: return pick(["true", "false"])
        case 7 where depth < 3:
            let elements = (0..<Int.random(in: 0...3, using: &random)).map { _ in space() + value(depth: depth + 1) + space() }
            return "[" + elements.joined(separator: ",") + (chance(0.1) && !elements.isEmpty ? "," : "") + "]"
        case 8 where depth < 3:
            let members = (0..<Int.random(in: 0...3, using: &random)).map { _ in key() + ":" + space() + value(depth: depth + 1) }
            return "{" + members.joined(separator: ",") + space() + "}"
        default: return string()
        }
    }

    mutating func string() -> String {
        var text = "\""
        for _ in 0..<Int.random(in: 0...10, using: &random) {
            text += pick([
                "a", "Z", "7", " ", "-", ":", "工", "单", "é", "🚧", "\u{7F}", "\u{202E}",
                #"\""#, #"\\"#, #"\/"#, #"\b"#, #"\f"#, #"\n"#, #"\r"#, #"\t"#,
                #"\u0041"#, #"\u00e9"#, #"\u5DE5"#, #"\u0000"#, #"\u001b"#, #"\ud83d\ude00"#, #"\uD83D\uDE00"#,
            ])
            if chance(0.03) {
                text += pick([#"\ud800"#, #"\udc00"#, #"\ud83d\u0041"#, #"\x"#, #"\U0041"#, #"\uZZZZ"#, #"\u12"#, "\t", "\u{1}", #"\u\\ZZ"#])
            }
        }
        return text + "\""
    }

    mutating func number() -> String {
        if chance(0.4) { return String(Int64.random(in: Int64.min...Int64.max, using: &random) >> UInt64.random(in: 0...63, using: &random)) }
        return pick([
            "0", "-0", "1", "42", "-7", "1.0", "1.5", "-0.0", "1e3", "1E+2", "2.5e-3", "1.5e1", "10e-1", "0.1e1",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "9223372036854775807.0", "9007199254740993.0", "12345678901234567.5", "4.5e15", "1e18", "1e19", "-1e19",
            "100000000000000000000", "1e400", "-1e400", "1e-400", "5e-324", "1.0000000000000001", "123.456e5",
            "01", "-", "1.", ".5", "+1", "1e", "1e+", "--1", "1-2", "1..2", "1e5e5", "-01", "00", "-.5", "0x10", "1a",
        ])
    }
}
