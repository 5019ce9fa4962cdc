import CaseWatchCore
import Yams

/// Reads `{accept: <duration>, resolve: <duration>}` mappings, where either may be left out.
struct TargetsReader {
    let log: DiagnosticLog

    /// The targets set by `node`; `what` names the mapping in messages, e.g. `urgency 'normal'`.
    /// Nil (after reporting) when the node is not a mapping.
    func targets(_ node: Node, _ what: String) -> DeadlineTargets? {
        let keys = DeadlineKind.allCases.map(\.rawValue)
        guard let fields = Fields(node, what, allowed: keys, log: log) else { return nil }
        let read = ScalarReader(log: log)
        return DeadlineTargets(
            accept: fields["accept"].flatMap(read.duration),
            resolve: fields["resolve"].flatMap(read.duration)
        )
    }
}
