import CaseWatchCore
import CaseWatchEngine

/// What `casewatch leaders token` and `revoke` say when the token desk refuses: what is wrong and what to do.
extension TokenRefusal {
    /// The sentence shown after `refused: `; `database` is the database's path.
    func wording(database: String) -> String {
        switch self {
        case let .noSuchLeader(id):
            "no leader '\(PrintableText.escaped(id))' on the roster of \(database); `casewatch leaders list` shows their ids"
        case let .notDatabaseOwner(user, uid, owner, ownerUID):
            """
            issuing or revoking a token needs authority: \(user) (uid \(uid)) does not own \(database) \
            (owned by \(owner), uid \(ownerUID)); run it as the database's owner, the centre's administrator \
            account, or as a leader with --token-file <your token file> for leaders at or below your level \
            in your jurisdiction
            """
        case let .issuerToken(refusal):
            "--token-file: \(refusal.wording)"
        case let .notAuthorised(.levelAbove(issuer, issuerLevel, target, targetLevel)):
            "\(issuer) acts at the \(issuerLevel) level and cannot issue or revoke the token of \(target), a \(targetLevel) leader; ask the centre's administrator (the database's owner) or a leader at that level"
        case let .notAuthorised(.outsideJurisdiction(issuer, issuerJurisdiction, target, targetJurisdiction)):
            "\(target)'s jurisdiction (\(targetJurisdiction)) lies outside \(issuer)'s (\(issuerJurisdiction)); ask the centre's administrator (the database's owner) or a leader whose jurisdiction holds it"
        case let .noValidToken(leader):
            "\(leader) has no valid token to revoke (none was issued, or it is already revoked)"
        }
    }
}
