import Foundation
import Hummingbird

/// The JSON of the escalation and wall routes: compact, slashes unescaped, and a `200 application/json`
/// answer of it.
enum StreamJSON {
    /// `value` as compact JSON.
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// A `200` answer of `value` as `application/json`.
    static func response(_ value: some Encodable) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encode(value)))
        )
    }
}
