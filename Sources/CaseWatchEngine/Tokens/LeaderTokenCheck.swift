import CaseWatchCore
import CaseWatchStore

/// Whose a presented token is: the one check of a leader's token, for the sign-off desk and the token desk.
enum LeaderTokenCheck {
    /// The leader `token` belongs to, or why it is refused: missing, not issued by CaseWatch, or revoked.
    static func leader(for token: String?, reader: any StoreReader) throws -> Result<Leader, SignoffRefusal> {
        guard let token, !token.isEmpty else { return .failure(.noToken) }
        guard let credential = try reader.leaderCredential(tokenHash: LeaderToken.hash(token)) else { return .failure(.unknownToken) }
        if let revoked = credential.revokedAt { return .failure(.revokedToken(leader: credential.leader.id, at: revoked)) }
        return .success(credential.leader)
    }

    /// Who a refused token is audited as: the leader whose revoked token it is, else `unknown`.
    static func actor(of refusal: SignoffRefusal) -> String {
        if case let .revokedToken(leader, _) = refusal { return leader }
        return "unknown"
    }
}
