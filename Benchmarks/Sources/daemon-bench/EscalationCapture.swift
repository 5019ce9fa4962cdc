import BenchSupport
import CaseWatchCore
import Logging
import Synchronization

/// One escalation line of the daemon, stamped with the wall clock when it was logged: the supervisor logs
/// a wake's escalations right after `advance(to:)` returns, that is after their transaction committed.
struct CapturedEscalation: Sendable {
    let caseID: String
    let tier: String
    let due: Instant
    let loggedAt: Int64
}

/// Where the benchmark's log handler puts what it sees.
final class EscalationSink: Sendable {
    private let state = Mutex<(escalations: [CapturedEscalation], readyAt: Int64?)>(([], nil))

    func add(_ escalation: CapturedEscalation) { state.withLock { $0.escalations.append(escalation) } }
    func ready(at nanoseconds: Int64) { state.withLock { $0.readyAt = $0.readyAt ?? nanoseconds } }
    var escalations: [CapturedEscalation] { state.withLock { $0.escalations } }
    var count: Int { state.withLock { $0.escalations.count } }
    var readyAt: Int64? { state.withLock { $0.readyAt } }
}

/// A log handler that stamps escalation lines and the `supervising` line, and prints errors.
struct CaptureLogHandler: LogHandler {
    let sink: EscalationSink
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let stamp = wallNanoseconds()
        let fields = event.metadata ?? [:]
        switch event.message.description {
        case "escalation":
            guard let dueText = fields["due"]?.description, let due = try? InstantParser.parseWithOffset(dueText) else { return }
            sink.add(CapturedEscalation(caseID: "\(fields["case"] ?? "")", tier: "\(fields["tier"] ?? "")", due: due, loggedAt: stamp))
        case "supervising":
            sink.ready(at: stamp)
        default:
            if event.level >= .warning { print("daemon: \(event.level) \(event.message) \(fields)") }
        }
    }
}
