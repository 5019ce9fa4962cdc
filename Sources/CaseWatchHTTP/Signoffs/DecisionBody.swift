import Foundation
import Hummingbird

/// The JSON body of a sign-off decision: an object of text members, exactly those the decision takes.
struct DecisionBody {
    /// The members by name.
    let members: [String: String]

    /// Reads `request`'s body: JSON (`Content-Type: application/json`, or none), an object whose members are
    /// among `required` and `optional`, every one text; otherwise a 400 (415 for another media type) problem.
    static func read(_ request: Request, context: APIContext, required: [String], optional: [String] = []) async throws -> DecisionBody {
        if let type = request.headers[.contentType], !type.lowercased().hasPrefix("application/json") {
            throw Problem(.unsupportedMediaType, "the body is \(type); send a JSON object with Content-Type: application/json")
        }
        let buffer = try await request.body.collect(upTo: context.maxBodyBytes)
        let expected = (required + optional).joined(separator: ", ")
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any] else {
            throw Problem(.invalidBody, "the body is not a JSON object; send {\(required.map { "\"\($0)\": \"…\"" }.joined(separator: ", "))}")
        }
        var members: [String: String] = [:]
        for (name, value) in object.sorted(by: { $0.key < $1.key }) {
            guard required.contains(name) || optional.contains(name) else {
                throw Problem(.invalidBody, "unknown member '\(name)': this decision takes \(expected)")
            }
            guard let text = value as? String else { throw Problem(.invalidBody, "'\(name)' must be text (a JSON string)") }
            members[name] = text
        }
        for name in required where members[name] == nil {
            throw Problem(.invalidBody, "'\(name)' is missing: this decision takes \(expected)")
        }
        return DecisionBody(members: members)
    }
}
