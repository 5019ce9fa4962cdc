import CaseWatchCore

/// Why the token desk refused to issue or revoke a leader's token, with its data; audited (`token.refused`)
/// with its ``code`` and ``fields``.
public enum TokenRefusal: Error, Hashable, Sendable {
    /// No leader on the roster has this id.
    case noSuchLeader(String)
    /// The operating-system user `user` (id `uid`) does not own the database file, owned by `owner`; only
    /// its owner, the centre's administrator account, issues tokens without a leader's own.
    case notDatabaseOwner(user: String, uid: UInt32, owner: String, ownerUID: UInt32)
    /// The issuing leader's own token was refused.
    case issuerToken(SignoffRefusal)
    /// The issuing leader may not issue or revoke this leader's token.
    case notAuthorised(TokenAuthorityRefusal)
    /// The leader has no valid token to revoke.
    case noValidToken(leader: String)

    /// The rule broken, as a stable machine name.
    public var code: String {
        switch self {
        case .noSuchLeader: "no_such_leader"
        case .notDatabaseOwner: "not_database_owner"
        case let .issuerToken(refusal): "issuer_\(refusal.code)"
        case let .notAuthorised(refusal): refusal.code
        case .noValidToken: "no_valid_token"
        }
    }

    /// The refusal's data by name, as machine text.
    public var fields: [String: String] {
        switch self {
        case let .noSuchLeader(id): ["leader": id]
        case let .notDatabaseOwner(user, uid, owner, ownerUID): ["user": user, "uid": "\(uid)", "owner": owner, "owner_uid": "\(ownerUID)"]
        case let .issuerToken(refusal): refusal.fields
        case let .notAuthorised(.levelAbove(issuer, issuerLevel, target, targetLevel)):
            ["issuer": issuer, "issuer_level": issuerLevel, "leader": target, "level": targetLevel]
        case let .notAuthorised(.outsideJurisdiction(issuer, issuerJurisdiction, target, targetJurisdiction)):
            ["issuer": issuer, "issuer_jurisdiction": issuerJurisdiction.rawValue, "leader": target, "jurisdiction": targetJurisdiction.rawValue]
        case let .noValidToken(leader): ["leader": leader]
        }
    }
}
