import Foundation
import Hummingbird

/// JSON answers of the operations routes: sorted keys (the same document is always the same bytes), no
/// escaped slashes, `Content-Type: application/json`.
enum OperationsJSON {
    /// A 200 answer carrying `value` as JSON.
    static func response(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
