import CaseWatchCore

/// A leader found by the hash of a personal token, with the token's state.
public struct LeaderCredential: Hashable, Sendable {
    /// The leader.
    public let leader: Leader
    /// When the token was issued.
    public let issuedAt: Instant
    /// When it was revoked, nil while it is valid.
    public let revokedAt: Instant?
}
