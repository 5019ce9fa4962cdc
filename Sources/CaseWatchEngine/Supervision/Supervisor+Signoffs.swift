import CaseWatchCore
import CaseWatchStore

/// A sign-off passed up a level because it was not signed in time.
public struct SignoffEscalation: Sendable, Equatable {
    /// The sign-off that expired.
    public let expired: Signoff
    /// The new sign-off at the next level.
    public let newID: Int64
    /// Its level.
    public let level: String
    /// Its due instant.
    public let due: Instant
}

/// Sign-offs unsigned by their due instant pass to the next level up.
extension Supervisor {
    /// Passes every pending sign-off due before `now` to the level above its own (the top level's stay
    /// pending, overdue), each as a new sign-off due the policy's sign-off deadline after the old one expired
    /// (``CaseWatchCore/PolicyCatalog/signoffDue(under:from:)``), with a
    /// line in the charged unit's ledger, an audit entry and a `signoff_passed_up` notice; one transaction.
    ///
    /// The store is asked only when a sign-off may have expired: at the earliest pending one's due instant,
    /// after this supervisor created one, and at least every 10 seconds (a returned sign-off resubmitted
    /// meanwhile may be due earlier). An idle daemon's wakes then read the store once, for the log.
    public mutating func escalateExpiredSignoffs(at now: Instant) throws -> [SignoffEscalation] {
        if let check = nextSignoffCheck, now <= check { return [] }
        let (pending, earliest) = try store.read { reader in
            (try reader.expiredSignoffs(at: now), try reader.earliestPendingSignoffDue(levels: Self.expiringLevels))
        }
        nextSignoffCheck = min(earliest ?? now.adding(seconds: 10), now.adding(seconds: 10))
        earliestSignoffDue = earliest
        let expired = pending.filter { SignoffAuthority.level(above: $0.level) != nil }
        guard !expired.isEmpty else { return [] }
        nextSignoffCheck = nil
        let catalog = self.catalog
        return try store.write { writer in
            var passed: [SignoffEscalation] = []
            for signoff in expired {
                guard let level = SignoffAuthority.level(above: signoff.level) else { continue }
                let policy = try writer.projection(of: signoff.caseID).flatMap { catalog.policy(version: $0.policyVersion) }
                    ?? catalog.policy(at: signoff.dueAt)
                let due = policy.map { catalog.signoffDue(under: $0, from: signoff.dueAt) }
                    ?? signoff.dueAt.adding(seconds: 2 * 86_400)
                guard let id = try writer.escalateSignoff(signoff, to: level, due: due, at: signoff.dueAt) else { continue }
                try SignoffNotices.passedUp(signoff, newID: id, level: level, due: due, at: signoff.dueAt, writer: writer)
                try writer.appendAudit(at: now, actor: "casewatchd", action: "signoff.escalate", detail: AuditDetail.json([
                    "signoff": "\(signoff.id)", "to_signoff": "\(id)", "level": level, "case": signoff.caseID.rawValue,
                    "unit": signoff.unit.rawValue,
                ]))
                passed.append(SignoffEscalation(expired: signoff, newID: id, level: level, due: due))
            }
            return passed
        }
    }

    /// The levels whose sign-offs pass up when unsigned (all but the top).
    static let expiringLevels = Array(SignoffAuthority.levels.dropLast())
}
