import Hummingbird

/// The credential a request presents: `Authorization: Bearer <key or token>`, or, for Server-Sent Events
/// only (a browser's `EventSource` cannot send headers), an `access_token` query parameter.
public enum BearerCredential {
    /// The credential in `request`, or nil when it presents none.
    public static func of(_ request: Request) -> String? {
        if let header = request.headers[.authorization] { return bearer(header) }
        if request.method == .get, request.headers[.accept]?.contains("text/event-stream") == true,
           let token = request.uri.queryParameters.get("access_token"), !token.isEmpty {
            return token
        }
        return nil
    }

    /// The credential of an `Authorization` value `Bearer <credential>` (the scheme in any case, spaces or tabs
    /// around the credential), nil for another scheme or an empty credential. Read byte by byte: every request
    /// under `/v1` passes here.
    static func bearer(_ header: String) -> String? {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        let bytes = header.utf8.drop(while: isBlank)
        guard let space = bytes.firstIndex(of: 0x20),
              bytes[..<space].elementsEqual("bearer".utf8, by: { $0 | 0x20 == $1 }) else { return nil }
        let value = bytes[space...].drop(while: isBlank)
        guard let last = value.lastIndex(where: { !isBlank($0) }) else { return nil }
        return String(decoding: value[...last], as: UTF8.self)
    }
}
