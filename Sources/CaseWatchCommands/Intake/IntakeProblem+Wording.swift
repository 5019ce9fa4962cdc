import CaseWatchCore
import CaseWatchEngine

/// What `casewatch ingest`, `replay` and `init` say of a record that cannot be stored.
extension IntakeProblemReason {
    /// What is wrong and how to fix it, on one line (control characters from the record escaped); instants
    /// are shown in `zone` (UTC when none is given).
    func wording(in zone: ZoneRules? = nil) -> String {
        func shown(_ instant: Instant) -> String {
            zone.map { InstantFormatter.format(instant, in: $0) } ?? InstantFormatter.format(instant, offsetSeconds: 0)
        }
        let text = switch self {
        case let .unreadable(description):
            description
        case let .missingField(name):
            "missing '\(name)'; every event names id, case, type, at and actor"
        case let .unknownEventType(name, closest):
            "unknown event type '\(name)'\(closest.map { " (did you mean '\($0.rawValue)'?)" } ?? ""); known types: \(CaseEventType.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .controlCharacter(field, value, scalar):
            "'\(field)' holds the control character \(PrintableText.escape(scalar)) ('\(PrintableText.escaped(value))'); ids and actors are printable text on one line"
        case let .eventIDReused(id, firstLine):
            "event id \(id) is used again with different content (first on line \(firstLine)); an event id names exactly one event"
        case let .eventIDStoredWithOtherContent(id, logEntry):
            "event id \(id) is already stored with different content (log entry \(logEntry)); an event id names exactly one event"
        case let .unknownUnit(unit):
            "unknown unit '\(unit)'; add it to the unit tree (seeds/units.yaml) and load it with `casewatch init`"
        case let .refusedTransition(reason):
            reason
        case let .futureDated(at, receivedAt):
            "'at' \(shown(at)) is in the future: more than a day after it was received (\(shown(receivedAt))); date an event when it happened (check the sender's clock), since a future-dated event would refuse every later event of its case"
        }
        return PrintableText.escaped(text)
    }
}

extension IntakeProblem {
    /// `<file>:<line>: <what is wrong>`, instants shown in `zone` (UTC when none is given).
    func wording(file: String, zone: ZoneRules? = nil) -> String {
        "\(file):\(line): \(reason.wording(in: zone))"
    }
}

extension IntakeConflict {
    /// The problem, with what happened to the file and what to do.
    func wording(file: String) -> String {
        "\(problem.wording(file: file)) (the case changed while ingesting; the batch was rolled back, earlier batches are stored; re-run to finish the file)"
    }
}

extension ReplayRefusal {
    /// What is wrong and how to fix it; `database` is the database's path.
    func wording(database: String) -> String {
        switch self {
        case let .casesAlreadyStored(count, example):
            "\(database): the database already holds \(count) of these cases (e.g. \(PrintableText.escaped(example.rawValue))); replay into a fresh database with --db <new file>"
        }
    }
}
