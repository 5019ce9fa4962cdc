/// What an API key may do. A key holds one or more scopes; each route names the one it needs.
public enum APIScope: String, Sendable, Hashable, CaseIterable, Codable {
    /// Append events (`POST /v1/events`).
    case ingest
    /// Read cases, escalations, the stream, sign-offs, the assessment and the status.
    case read
    /// Read every sign-off (a leadership office's system); decisions still need a leader's own token.
    case signoff
}
