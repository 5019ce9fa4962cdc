import Foundation
import HTTPTypes
import Hummingbird

/// An error answered as an RFC 9457 `application/problem+json` document: `type`, `title`, `status`,
/// `detail` (what is wrong and how to fix it, for this occurrence), and, where it helps, the problems of
/// single records (`errors`) and extension members.
public struct Problem: Error, Sendable, HTTPResponseError {
    /// The problem's kind.
    public let type: ProblemType
    /// What is wrong in this occurrence, and how to fix it.
    public let detail: String
    /// The problems of single records of the request (an event's position and reason), if any.
    public var errors: [RecordProblem]
    /// Further members of the document (e.g. `retry_after_seconds`), as strings or integers.
    public var extensions: [String: ProblemMember]
    /// Headers sent with the answer (e.g. `Retry-After`, `WWW-Authenticate`).
    public var headers: HTTPFields

    /// A problem of `type` with `detail`.
    public init(
        _ type: ProblemType, _ detail: String, errors: [RecordProblem] = [], extensions: [String: ProblemMember] = [:],
        headers: HTTPFields = [:]
    ) {
        self.type = type
        self.detail = detail
        self.errors = errors
        self.extensions = extensions
        self.headers = headers
    }

    /// The HTTP status (the type's).
    public var status: HTTPResponse.Status { type.status }

    /// The media type of problem documents.
    public static let mediaType = "application/problem+json"

    /// The problem as its JSON document.
    public var document: Data {
        var object: [String: Any] = [
            "type": type.uri, "title": type.title, "status": type.status.code, "detail": detail,
        ]
        if !errors.isEmpty { object["errors"] = errors.map(\.jsonObject) }
        for (name, member) in extensions { object[name] = member.jsonValue }
        // Sorted keys: the same problem is always the same bytes.
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }

    /// The answer: the status, `Content-Type: application/problem+json`, the headers, the document.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = Self.mediaType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: document)))
    }
}

/// A member added to a problem document.
public enum ProblemMember: Sendable, Hashable {
    /// A string.
    case string(String)
    /// An integer.
    case integer(Int64)

    var jsonValue: Any {
        switch self {
        case let .string(text): text
        case let .integer(number): number
        }
    }
}

/// The problem of one record of a request: where it is and what is wrong with it.
public struct RecordProblem: Sendable, Hashable {
    /// The record's position in the request: 1-based, the array element or the NDJSON line.
    public let index: Int
    /// The record's event id, when it could be read.
    public let eventID: String?
    /// A stable machine name of the problem, e.g. `unknown_unit` (the engine's ``IntakeProblemReason/code``).
    public let code: String
    /// What is wrong with this record and how to fix it.
    public let detail: String

    /// A record problem.
    public init(index: Int, eventID: String?, code: String, detail: String) {
        self.index = index
        self.eventID = eventID
        self.code = code
        self.detail = detail
    }

    var jsonObject: [String: Any] {
        var object: [String: Any] = ["index": index, "code": code, "detail": detail]
        if let eventID { object["event_id"] = eventID }
        return object
    }
}
