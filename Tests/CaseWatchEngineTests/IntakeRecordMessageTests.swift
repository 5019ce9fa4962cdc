@testable import CaseWatchEngine
import Testing

/// Each way an intake JSON record is read or refused, with its exact message.
@Suite struct IntakeRecordMessageTests {
    @Test(arguments: [
        (#"{"id":"e1","days":3,"phone":5,"note":null}"#, ["id": "e1", "days": "3", "phone": "5"]),
        (#"{"id":"a\"b\\c\/d\u00e9\ud83d\ude00\n"}"#, ["id": "a\"b\\c/dé😀\n"]),
        (#"{"id":"first","id":"second"}"#, ["id": "first"]),
        (#"{"id":null,"id":"second"}"#, [:]),
        (#"{"days":1.0,"phone":[1],}"#, ["days": "1", "phone": ""]),
        ("\u{FEFF} {\"days\":1e3}\t", ["days": "1000"]),
    ])
    func readValues(_ line: String, _ expected: [String: String]) throws {
        #expect(try JSONLinesEventReader.values(of: line).get() == expected)
    }

    @Test(arguments: [
        ("[1]", IntakeRecordReference.notAnObject),
        (#""text""#, IntakeRecordReference.notAnObject),
        ("null", IntakeRecordReference.notValidJSON),
        (#"{"id":"e1""#, IntakeRecordReference.notValidJSON),
        (#"{"id":"e1"} x"#, IntakeRecordReference.notValidJSON),
        (#"{"\ud800":"x"}"#, IntakeRecordReference.notValidJSON),
        (#"{"id":"\u12"}"#, IntakeRecordReference.notValidJSON),
        (#"{"id":[1,,2]}"#, IntakeRecordReference.notValidJSON),
        (#"{"id":7}"#, #"field 'id' must be a string, not the number 7; write "7""#),
        (#"{"id":true}"#, "field 'id' must be a string, not true"),
        (#"{"id":1.5}"#, "field 'id' must be a string, not the number 1.5"),
        (#"{"days":1e19}"#, "field 'days' must be a string or a whole number, not the number 1e+19"),
        (#"{"id":[]}"#, "field 'id' must be a string, not an array"),
        (#"{"id":{"a":1}}"#, "field 'id' must be a string, not an object"),
        (#"{"id":"\ud800"}"#, "field 'id' must be a string, not an object"),
        (#"{"id":01}"#, "field 'id' must be a string, not an object"),
    ])
    func refusals(_ line: String, _ message: String) {
        #expect(IntakeRecordReference.scanned(line) == .refused([message]))
        #expect(IntakeRecordReference.agree(on: line))
    }

    @Test func nestingDeeperThanJSONDecoderReadsIsNotValidJSON() {
        let nested = { (depth: Int) in #"{"id":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}" }
        #expect(IntakeRecordReference.scanned(nested(IntakeObjectScanner.deepestNesting - 1)) == .refused(["field 'id' must be a string, not an array"]))
        #expect(IntakeRecordReference.scanned(nested(IntakeObjectScanner.deepestNesting)) == .refused([IntakeRecordReference.notValidJSON]))
        #expect(IntakeRecordReference.agree(on: nested(IntakeObjectScanner.deepestNesting)))
    }
}
