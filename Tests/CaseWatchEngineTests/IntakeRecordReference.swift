@testable import CaseWatchEngine
import Foundation

/// What intake read from a JSON record before its scanner: Foundation's JSONDecoder into
/// `[String: value]`, kept here only to check the scanner against.
enum IntakeRecordReference {
    /// The record's values, or every message it could be refused with (a record with several wrong fields
    /// was refused for whichever the decoded dictionary listed first, an order that varies by process).
    enum Outcome: Equatable {
        case values([String: String])
        case refused(Set<String>)
    }

    static let notAnObject = "not a JSON object; write one object per line, e.g. {\"id\": \"e1\", \"case\": \"C1\", ...}"
    static let notValidJSON = "not valid JSON (a truncated or malformed line); write one JSON object per line"

    static func outcome(of line: String) -> Outcome {
        let object: [String: Scalar]
        do {
            object = try JSONDecoder().decode([String: Scalar].self, from: Data(line.utf8))
        } catch DecodingError.typeMismatch {
            return .refused([notAnObject])
        } catch {
            return .refused([notValidJSON])
        }
        var values: [String: String] = [:]
        var refusals: Set<String> = []
        for (key, value) in object {
            switch value {
            case let .string(text): values[key] = text
            case let .integer(number) where key == "days" || PersonalData.isPersonal(key): values[key] = String(number)
            case let .integer(number):
                refusals.insert("field '\(key)' must be a string, not the number \(number); write \"\(number)\"")
            case .null: continue
            case .other where PersonalData.isPersonal(key): values[key] = ""
            case let .other(kind):
                refusals.insert("field '\(key)' must be a string\(key == "days" ? " or a whole number" : ""), not \(kind)")
            }
        }
        return refusals.isEmpty ? .values(values) : .refused(refusals)
    }

    /// The scanner's reading of `line` in the same terms.
    static func scanned(_ line: String) -> Outcome {
        switch JSONLinesEventReader.values(of: line) {
        case let .success(values): .values(values)
        case let .failure(error):
            if case let .unreadable(text) = error.reason { .refused([text]) } else { .refused(["\(error.reason)"]) }
        }
    }

    /// Whether the scanner read `line` as the reference did: the same values, or one of its refusals.
    static func agree(on line: String) -> Bool {
        switch (outcome(of: line), scanned(line)) {
        case let (.values(expected), .values(found)): expected == found
        case let (.refused(expected), .refused(found)): found.isSubset(of: expected)
        default: false
        }
    }

    /// One value as the old reader's `JSONScalar` decoded it.
    enum Scalar: Decodable {
        case string(String)
        case integer(Int64)
        case null
        case other(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let text = try? container.decode(String.self) {
                self = .string(text)
            } else if let flag = try? container.decode(Bool.self) {
                self = .other("\(flag)")
            } else if let number = try? container.decode(Int64.self) {
                self = .integer(number)
            } else if let number = try? container.decode(Double.self) {
                self = .other("the number \(number)")
            } else if (try? container.decode([Scalar].self)) != nil {
                self = .other("an array")
            } else {
                self = .other("an object")
            }
        }
    }
}
