import Foundation
import Yams

/// The scalar values of `kind: notify` files: flags, addresses and bounded wall-clock durations.
extension ScalarReader {
    /// `true` or `false`.
    func flag(_ node: Node, _ what: String) -> Bool? {
        parsed(node, "\(what) (true or false)") { text throws(ValueProblem) in
            switch text {
            case "true": return true
            case "false": return false
            default: throw ValueProblem("expected \(what) as true or false, got '\(text)'")
            }
        }
    }

    /// An http or https address with a host, e.g. `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…`.
    func address(_ node: Node, _ what: String) -> String? {
        parsed(node, what) { text throws(ValueProblem) in
            guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
                  ["http", "https"].contains(scheme), let host = components.host, !host.isEmpty
            else {
                throw ValueProblem("\(what) '\(text)' is not an http or https address with a host; write it in full, e.g. https://hooks.example.org/casewatch")
            }
            return text
        }
    }

    /// A wall-clock duration (`5m`, `10s`, `24h`) within `bounds` seconds, read by the core's ``DurationParser``.
    func wallSeconds(_ node: Node, _ what: String, within bounds: ClosedRange<Int64>, boundsText: String) -> Int64? {
        guard let duration = duration(node) else { return nil }
        guard duration.kind == .calendar else {
            log.error("\(what) runs on the wall clock; write it as e.g. 5m, 10s or 24h, not '\(duration)'", at: node)
            return nil
        }
        guard bounds.contains(duration.amount) else {
            log.error("\(what) '\(duration)' is out of bounds; it must be \(boundsText)", at: node)
            return nil
        }
        return duration.amount
    }

    /// One text or a list of texts, e.g. `tier: warning` or `tier: [warning, overdue]`, each read by `parse`.
    func oneOrMany<Value>(_ node: Node, _ what: String, _ parse: (Node) -> Value?) -> [Value]? {
        if case .sequence = node {
            guard let items = list(node, what) else { return nil }
            if items.isEmpty {
                log.error("\(what) lists nothing; name at least one, or leave the key out to match any", at: node)
                return nil
            }
            let values = items.map(parse)
            return values.contains { $0 == nil } ? nil : values.compactMap { $0 }
        }
        return parse(node).map { [$0] }
    }
}
