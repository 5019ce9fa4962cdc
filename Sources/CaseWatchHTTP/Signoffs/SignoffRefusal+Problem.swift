import CaseWatchCore
import CaseWatchEngine

extension SignoffRefusal {
    /// The problem answering this refusal of the sign-off desk, its rule's code as `code`.
    var problem: Problem {
        var problem: Problem
        switch self {
        case .noToken:
            problem = CredentialRefusal.missing.problem
        case .unknownToken:
            problem = CredentialRefusal.unknown(prefix: nil).problem
        case let .revokedToken(leader, at):
            problem = CredentialRefusal.revoked(holder: leader, at: at).problem
        case let .emptyText(text):
            let what = text == .instruction ? "what the unit must do" : "why"
            problem = Problem(.invalidDecision, "`\(text.rawValue)` is empty: say \(what) in a few words")
        case let .noSuchSignoff(id):
            problem = Problem(.unknownSignoff, "no sign-off has id \(id); GET /v1/signoffs lists those awaiting you")
        case let .notAuthorised(refusal):
            problem = refusal.problem
        case let .decidedMeanwhile(id, status, by):
            problem = Problem(
                .signoffClosed, "sign-off \(id) was decided meanwhile (\(status?.rawValue ?? "changed")\(by.map { " by \($0)" } ?? "")); nothing was recorded"
            )
        case let .notReturned(id, status):
            problem = Problem(.signoffClosed, "sign-off \(id) is \(status.rawValue), not returned")
        case let .caseNotProjectable(id, caseID):
            problem = Problem(
                .caseNotProjectable,
                "sign-off \(id)'s case \(caseID) cannot be projected under the policies in force, so no supervision order can be opened; the centre must check the policies"
            )
        }
        problem.extensions["code"] = .string(code)
        return problem
    }
}

extension SignoffAuthorityRefusal {
    /// The problem answering this breach of the sign-off authority: 403 for another leader's sign-off, 409
    /// for one that can no longer be decided.
    var problem: Problem {
        switch self {
        case let .wrongLevel(signoff, addressedTo, leader, leaderLevel):
            Problem(.notSignoffAuthority, "sign-off \(signoff) is addressed to a \(addressedTo) leader; \(leader) acts at the \(leaderLevel) level")
        case let .outsideJurisdiction(signoff, unit, leader, jurisdiction):
            Problem(.notSignoffAuthority, "sign-off \(signoff) charges \(unit), outside \(leader)'s jurisdiction (\(jurisdiction))")
        case let .expired(signoff, dueAt, passesTo):
            Problem(
                .signoffClosed,
                "sign-off \(signoff) expired unsigned at \(InstantFormatter.format(dueAt, offsetSeconds: 0))\(passesTo.map { "; it passes to the \($0) level" } ?? "; it is reported overdue")"
            )
        case let .returned(signoff):
            Problem(.signoffClosed, "sign-off \(signoff) was returned to the hotline centre; it can be decided once the centre resubmits it")
        case let .escalated(signoff, to):
            Problem(.signoffClosed, "sign-off \(signoff) expired and passed up\(to.map { " as sign-off \($0)" } ?? "")")
        case let .alreadyDecided(signoff, status, by):
            Problem(.signoffClosed, "sign-off \(signoff) was already \(status.rawValue)\(by.map { " by \($0)" } ?? ""); a decision is final")
        }
    }
}
