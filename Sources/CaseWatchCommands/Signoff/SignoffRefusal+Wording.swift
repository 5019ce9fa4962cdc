import CaseWatchCore
import CaseWatchEngine

/// What the `casewatch signoff` commands say when the desk refuses: what is wrong and what to do.
extension SignoffRefusal {
    /// The sentence shown after `refused: `.
    var wording: String {
        switch self {
        case .noToken:
            "no token: set CASEWATCH_TOKEN or pass --token-file (a leader's token comes from `casewatch leaders token <id>`)"
        case .unknownToken:
            "the token is not one CaseWatch issued; ask the centre for a new one (`casewatch leaders token <id>`)"
        case let .revokedToken(leader, at):
            "\(leader)'s token was revoked at \(InstantFormatter.format(at, offsetSeconds: 0)); ask the centre for a new one"
        case let .emptyText(text):
            "--\(text.rawValue) is empty: say what you decide and why"
        case let .noSuchSignoff(id):
            "no sign-off \(id); `casewatch signoff list` shows yours, `casewatch signoff list --all` every open one"
        case let .notAuthorised(refusal):
            refusal.wording
        case let .decidedMeanwhile(id, status, by):
            "sign-off \(id) was decided meanwhile (\(status?.rawValue ?? "?") by \(by ?? "?")); a decision is final"
        case let .notReturned(id, status):
            "sign-off \(id) is \(status), not returned; only a returned sign-off is resubmitted"
        case let .caseNotProjectable(id, caseID):
            "case \(caseID) of sign-off \(id) cannot be projected under the loaded policies; check --policies names the policies the case was registered under"
        }
    }
}

extension SignoffAuthorityRefusal {
    /// Which rule of authority the decision broke, in words.
    var wording: String {
        switch self {
        case let .wrongLevel(id, level, leader, leaderLevel):
            "sign-off \(id) is addressed to a \(level) leader; \(leader) signs off at the \(leaderLevel) level"
        case let .outsideJurisdiction(id, unit, leader, jurisdiction):
            "sign-off \(id) charges unit \(unit), outside \(leader)'s jurisdiction (\(jurisdiction))"
        case let .expired(id, dueAt, passesTo):
            "sign-off \(id) expired at \(InstantFormatter.format(dueAt, offsetSeconds: 0)) unsigned; \(passesTo.map { "it passes to the \($0) level" } ?? "it is reported overdue")"
        case let .returned(id):
            "sign-off \(id) was returned to the hotline centre; it can be decided once it is resubmitted (`casewatch signoff resubmit \(id)`)"
        case let .escalated(id, to):
            "sign-off \(id) expired and passed to the next level (sign-off \(to.map(String.init) ?? "?")); decide that one"
        case let .alreadyDecided(id, status, by):
            "sign-off \(id) was already \(status)\(by.map { " by \($0)" } ?? ""); a decision is final"
        }
    }
}
