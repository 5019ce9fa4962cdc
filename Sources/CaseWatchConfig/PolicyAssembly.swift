import CaseWatchCore
import Yams

/// Builds a ``Policy`` from a draft, letting the core check the rules and placing each ``PolicyProblem``
/// at the node it concerns.
struct PolicyAssembly {
    let log: DiagnosticLog
    let root: Node

    /// The policy, or nil when the file (read into `log`) or the core had any problem.
    func policy(from draft: PolicyDraft) -> Policy? {
        do {
            let policy = try Policy(
                version: draft.version?.value ?? "",
                effectiveFrom: draft.effectiveFrom?.value,
                calendarName: draft.calendarName?.value ?? "",
                urgencies: draft.urgencies.map(\.value),
                overrides: draft.overrides.mapValues { $0.mapValues(\.value) },
                extensions: draft.extensions?.value ?? ExtensionRule(maximum: .workingDays(1)!, assessedAgainst: .original),
                ladder: draft.ladder.map(\.value),
                signoffs: draft.signoffs ?? .standard
            )
            return log.count == 0 ? policy : nil
        } catch {
            for problem in error.problems where !draft.reported.contains(problem.location) {
                log.error(problem.message, at: draft.node(for: problem.location) ?? root)
            }
            return nil
        }
    }
}
