import CaseWatchCore

/// An API key as stored: never its secret, only the secret's hash.
public struct APIKeyRecord: Hashable, Sendable {
    /// The key's id, part of the key's text (`cwk_<id>_…`).
    public let id: Int64
    /// The name it was created with, unique among the keys not revoked.
    public let name: String
    /// What it may do.
    public let scopes: Set<KeyScope>
    /// SHA-256 of the key's secret part, lowercase hex (``APIKeySecret/hash(_:)``).
    public let secretHash: String
    /// When it was created.
    public let createdAt: Instant
    /// Who created it (the audit's actor, e.g. `staff:ops`).
    public let createdBy: String
    /// When it was revoked, nil while it is valid.
    public let revokedAt: Instant?
    /// Who revoked it, nil while it is valid.
    public let revokedBy: String?
    /// When it was last accepted, to the minute; nil when never.
    public let lastUsedAt: Instant?

    /// Whether it was revoked.
    public var isRevoked: Bool { revokedAt != nil }

    /// The key's public prefix, `cwk_<id>`: names the key in logs and the audit, never the secret.
    public var prefix: String { APIKeySecret.prefix(of: id) }
}
