import CaseWatchCore
import Hummingbird
import HummingbirdCore

/// The query parameters of a request, read against the names its route takes: unknown, repeated or empty
/// parameters and malformed values are refused with a 400 `invalid-parameter` problem naming the parameter.
struct QueryParameters {
    private let values: FlatDictionary<Substring, Substring>
    private let known: [String]

    /// The parameters of `request`, whose route takes the parameters `known`.
    init(_ request: Request, known: [String]) {
        values = request.uri.queryParameters
        self.known = known
    }

    /// Refuses a parameter the route does not take, one given twice, or one without a value.
    func refuseUnknown() throws(Problem) {
        var seen: Set<Substring> = []
        for (name, value) in values {
            guard known.contains(String(name)) else {
                let takes = known.isEmpty ? "this route takes no query parameters" : "this route takes \(known.joined(separator: ", "))"
                throw Problem(.invalidParameter, "unknown query parameter '\(name)'; \(takes)")
            }
            guard seen.insert(name).inserted else {
                throw Problem(.invalidParameter, "parameter '\(name)' is given more than once; give it once")
            }
            guard !value.isEmpty else {
                throw Problem(.invalidParameter, "parameter '\(name)' has no value; give one, or leave the parameter out")
            }
        }
    }

    /// The text of parameter `name`, nil when absent.
    func text(_ name: String) -> String? {
        values[name[...]].map(String.init)
    }

    /// Parameter `name` as `true` or `false`, nil when absent.
    func flag(_ name: String) throws(Problem) -> Bool? {
        switch text(name) {
        case nil: return nil
        case "true": return true
        case "false": return false
        case let other?: throw Problem(.invalidParameter, "parameter '\(name)' is '\(PrintableText.escaped(other))'; give true or false")
        }
    }

    /// Parameter `name` as a whole number in `range`, nil when absent.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(Problem) -> Int? {
        guard let text = text(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw Problem(.invalidParameter, "parameter '\(name)' is '\(PrintableText.escaped(text))'; give a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// Parameter `name` as an RFC 3339 instant with its offset, nil when absent.
    func instant(_ name: String) throws(Problem) -> Instant? {
        guard let text = text(name) else { return nil }
        do {
            return try InstantParser.parseWithOffset(text)
        } catch {
            throw Problem(.invalidParameter, "parameter '\(name)' is '\(PrintableText.escaped(text))': \(error); give an RFC 3339 instant with its offset, e.g. 2026-10-08T09:00:00+08:00")
        }
    }
}
