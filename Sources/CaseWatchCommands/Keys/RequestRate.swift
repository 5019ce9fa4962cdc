/// `casewatchd --rate-limit`'s value: requests a second each API key or leader may make, written `<n>/s`.
struct RequestRate: CustomStringConvertible {
    /// The rates accepted.
    static let range = 1...1_000_000

    /// Requests a second.
    let perSecond: Int

    /// A rate of `perSecond` requests a second.
    init(perSecond: Int) {
        self.perSecond = perSecond
    }

    /// Reads `<n>/s`, `n` within ``range``.
    static func argument(_ text: String) throws(CommandFailure) -> RequestRate {
        guard text.hasSuffix("/s"), let count = Int(text.dropLast(2)), range.contains(count) else {
            throw CommandFailure("--rate-limit '\(text)': write requests a second as <n>/s, e.g. 500/s (n from 1 to 1000000)")
        }
        return RequestRate(perSecond: count)
    }

    /// `<n>/s`.
    var description: String { "\(perSecond)/s" }
}
