import CaseWatchCore
import CaseWatchEngine

/// What `casewatch ingest`, `replay` and `init` say of a record that cannot be stored.
extension IntakeProblemReason {
    /// What is wrong and how to fix it, on one line (control characters from the record escaped).
    var wording: String {
        let text = switch self {
        case let .unreadable(description):
            description
        case let .eventIDReused(id, firstLine):
            "event id \(id) is used again with different content (first on line \(firstLine)); an event id names exactly one event"
        case let .eventIDStoredWithOtherContent(id, logEntry):
            "event id \(id) is already stored with different content (log entry \(logEntry)); an event id names exactly one event"
        case let .unknownUnit(unit):
            "unknown unit '\(unit)'; add it to the unit tree (seeds/units.yaml) and load it with `casewatch init`"
        case let .refusedTransition(reason):
            reason
        }
        return PrintableText.escaped(text)
    }
}

extension IntakeProblem {
    /// `<file>:<line>: <what is wrong>`.
    func wording(file: String) -> String {
        "\(file):\(line): \(reason.wording)"
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
