import CaseWatchCore
import Yams

/// Reads scalar values out of YAML nodes, reporting at the node what was expected when the value is wrong.
///
/// Every reader takes the scalar's text as written: `2024-10-01` is a date and `2026.1` a version, whatever
/// type YAML itself would give them.
struct ScalarReader {
    let log: DiagnosticLog

    /// Non-empty text; `what` describes the expected value, e.g. `the calendar name`.
    func text(_ node: Node, _ what: String) -> String? {
        guard let text = node.text, !text.isEmpty else {
            log.error("expected \(what) as text, got \(node.summary)", at: node)
            return nil
        }
        return text
    }

    /// A value parsed from the node's text; a parse failure is reported with its message.
    func parsed<Value>(_ node: Node, _ what: String, _ parse: (String) throws(ValueProblem) -> Value) -> Value? {
        guard let text = text(node, what) else { return nil }
        do {
            return try parse(text)
        } catch {
            log.error(error.message, at: node)
            return nil
        }
    }

    /// A whole number, e.g. a year.
    func integer(_ node: Node, _ what: String) -> Int? {
        parsed(node, what) { text throws(ValueProblem) in
            switch Limits.wholeNumber(text, in: Int.min...Int.max) {
            case let .success(value): return value
            case .failure where text.contains(where: \.isNumber) && text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }):
                throw ValueProblem("\(what) '\(text)' is too large a number")
            case .failure: throw ValueProblem("expected \(what) as a whole number, got '\(text)'")
            }
        }
    }

    /// A date `YYYY-MM-DD`.
    func date(_ node: Node) -> LocalDate? {
        parsed(node, "a date YYYY-MM-DD", DateText.parse)
    }

    /// A deadline duration such as `5 working days` or `24h`, read by the core's ``DurationParser``.
    func duration(_ node: Node) -> ClockDuration? {
        parsed(node, "a duration such as '5 working days' or '24h'") { text throws(ValueProblem) in
            do throws(DurationParseError) {
                return try DurationParser.parse(text)
            } catch {
                throw ValueProblem(error.description)
            }
        }
    }

    /// One of a fixed set of names, with a suggestion when the text is close to one of them.
    func choice<Value: CaseIterable & RawRepresentable<String>>(_ node: Node, _ what: String, _: Value.Type) -> Value? {
        parsed(node, what) { text throws(ValueProblem) in
            if let value = Value(rawValue: text) { return value }
            let names = Value.allCases.map(\.rawValue)
            let hint = closestMatch(to: text, among: names).map { "did you mean '\($0)'?" }
                ?? "use one of \(names.joined(separator: ", "))"
            throw ValueProblem("unknown \(what) '\(text)'; \(hint)")
        }
    }

    /// A list; nil (after reporting) when the node is not a list.
    func list(_ node: Node, _ what: String) -> [Node]? {
        guard case let .sequence(sequence) = node else {
            log.error("expected \(what) as a list (one '- item' per line, or [a, b]), got \(node.summary)", at: node)
            return nil
        }
        return Array(sequence)
    }
}
