import Testing

@testable import CaseWatchHTTP

/// The split of a JSON array into its elements' text: strings and nesting kept whole, the array's own
/// structure checked with the offset of what does not fit.
@Suite struct JSONArrayElementsTests {
    func elements(_ text: String) throws -> [String] {
        let bytes = Array(text.utf8)
        return try JSONArrayElements.split(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func elementsAreSplitWithStringsAndNestingKeptWhole() throws {
        #expect(try elements(#" [ {"a": "x,]}\"y"} ,{"b": [1, {"c": 2}]},3 ] "#) == [#"{"a": "x,]}\"y"}"#, #"{"b": [1, {"c": 2}]}"#, "3"])
        #expect(try elements("[]") == [])
        #expect(try elements("[\n  {\"id\": \"e1\"},\n  {\"id\": \"e2\"}\n]\n") == ["{\"id\": \"e1\"}", "{\"id\": \"e2\"}"])
    }

    @Test(arguments: [
        ("", 0), ("{}", 0), ("[1,]", 3), ("[,1]", 1), ("[1", 2), ("[\"abc", 1), ("[1]x", 3), ("[1}]", 2),
    ])
    func malformedArraysAreRefusedWhereTheyGoWrong(text: String, offset: Int) {
        #expect(throws: JSONArrayElements.Malformed.self) { try elements(text) }
        do {
            _ = try JSONArrayElements.split(Array(text.utf8))
        } catch {
            #expect(error.offset == offset, "\(text): \(error)")
        }
    }
}
