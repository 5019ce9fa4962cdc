import Foundation
import Testing
@testable import CaseWatchStore

@Test func fieldsJSONSortsKeysAndEscapesWhatJSONRequires() throws {
    #expect(FieldsJSON.encode([:]) == "{}")
    #expect(FieldsJSON.encode(["urgency": "normal", "category": "road.pothole"]) == #"{"category":"road.pothole","urgency":"normal"}"#)
    #expect(FieldsJSON.encode(["reason": "a\"b\\c\nd\te\u{01}f\u{1F}"]) == #"{"reason":"a\"b\\c\nd\te\u0001f\u001f"}"#)
    let awkward = [
        "reason": StoreFixtures.awkwardText, "to": "", "x\"key": "\r\u{0}", "days": "5", "emoji": "🚧👷‍♀️", "é": "e\u{301}",
    ]
    let json = FieldsJSON.encode(awkward)
    #expect(FieldsJSON.decode(json) == awkward)
    #expect(try JSONDecoder().decode([String: String].self, from: Data(json.utf8)) == awkward)
    #expect(FieldsJSON.decode("[1]") == nil)
    #expect(FieldsJSON.decode(#"{"days":5}"#) == nil)
}
