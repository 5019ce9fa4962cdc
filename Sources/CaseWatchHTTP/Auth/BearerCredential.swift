import Hummingbird

/// The credential a request presents: `Authorization: Bearer <key or token>`, or, for Server-Sent Events
/// only (a browser's `EventSource` cannot send headers), an `access_token` query parameter.
public enum BearerCredential {
    /// The credential in `request`, or nil when it presents none.
    public static func of(_ request: Request) -> String? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        if request.method == .get, request.headers[.accept]?.contains("text/event-stream") == true,
           let token = request.uri.queryParameters.get("access_token"), !token.isEmpty {
            return token
        }
        return nil
    }
}
