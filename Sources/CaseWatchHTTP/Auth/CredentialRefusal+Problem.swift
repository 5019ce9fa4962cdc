import CaseWatchCore
import CaseWatchEngine

extension CredentialRefusal {
    /// The 401 problem answering this refusal: the reason (as `reason`), how to fix it, and
    /// `WWW-Authenticate: Bearer` (with `error="invalid_token"` for a credential presented and refused).
    var problem: Problem {
        let detail: String
        switch self {
        case .missing:
            detail = "this route needs a credential: send Authorization: Bearer <API key> (`casewatch keys create`) or a leader's token"
        case .malformed:
            detail = """
                the credential is shaped neither as a CaseWatch API key (cwk_<id>_<43 characters>) nor as a leader's token \
                (cwt_<64 hex digits>); send it exactly as `casewatch keys create` or `casewatch leaders token` printed it
                """
        case .unknown:
            detail = "the credential is not one CaseWatch issued (or it was mistyped or cut short); ask for a new one (`casewatch keys create`)"
        case let .revoked(_, at):
            detail = "the credential was revoked at \(InstantFormatter.format(at, offsetSeconds: 0)); ask for a new one (`casewatch keys create`)"
        }
        let challenge = self == .missing ? #"Bearer realm="casewatch""# : #"Bearer realm="casewatch", error="invalid_token""#
        return Problem(.unauthenticated, detail, extensions: ["reason": .string(code)], headers: [.wwwAuthenticate: challenge])
    }
}
