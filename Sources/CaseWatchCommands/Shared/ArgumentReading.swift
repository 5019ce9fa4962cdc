import CaseWatchCore

/// Reads option values into core values, turning parse errors into ``CommandFailure``s that name the option.
enum ArgumentReading {
    /// An instant; without an offset it is read in `zone`.
    static func instant(_ text: String, option: String, zone: ZoneRules) throws(CommandFailure) -> Instant {
        do {
            return try InstantParser.parse(text, zone: zone)
        } catch {
            throw CommandFailure("\(option): \(error)")
        }
    }

    /// A positive duration.
    static func duration(_ text: String, option: String) throws(CommandFailure) -> ClockDuration {
        do {
            return try DurationParser.parse(text)
        } catch {
            throw CommandFailure("\(option): \(error)")
        }
    }

    /// A whole number within `range` (one of ``Limits``' ranges); "too large" when it is past the range.
    static func count(_ text: String, option: String, in range: ClosedRange<Int>) throws(CommandFailure) -> Int {
        switch Limits.wholeNumber(text, in: range) {
        case let .success(value): return value
        case let .failure(problem): throw CommandFailure("\(option): \(problem)")
        }
    }

    /// A short real-time interval written `<number><unit>` with unit `ms`, `s` or `m` (e.g. `10ms`, `1s`),
    /// at least 1 ms.
    static func interval(_ text: String, option: String) throws(CommandFailure) -> Duration {
        let units: [(suffix: String, milliseconds: Int64)] = [("ms", 1), ("s", 1_000), ("m", 60_000)]
        for (suffix, milliseconds) in units where text.hasSuffix(suffix) {
            guard let count = Int64(text.dropLast(suffix.count)), count > 0, count <= 86_400_000 / milliseconds else { break }
            return .milliseconds(count * milliseconds)
        }
        throw CommandFailure("\(option) '\(text)': write a positive whole number with ms, s or m, e.g. 10ms, 1s or 5m")
    }

    /// Pauses written `<start>/<end>`, each end after its start.
    static func pauses(_ texts: [String], zone: ZoneRules) throws(CommandFailure) -> PauseSet {
        var spans: [TimeSpan] = []
        for text in texts {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw CommandFailure("--pause '\(text)': write a pause as <start>/<end>, e.g. 2024-10-14T10:00/2024-10-15T10:00")
            }
            let start = try instant(String(parts[0]), option: "--pause start", zone: zone)
            let end = try instant(String(parts[1]), option: "--pause end", zone: zone)
            guard end > start else {
                throw CommandFailure("--pause '\(text)': the pause ends \(end == start ? "when" : "before") it starts; its end must come after its start")
            }
            spans.append(TimeSpan(start: start, end: end))
        }
        return PauseSet(spans)
    }

    /// A dotted category such as `road.pothole`.
    static func category(_ text: String) throws(CommandFailure) -> CaseCategory {
        guard let category = CaseCategory(text) else {
            throw CommandFailure("--category '\(text)': write a dotted category without empty parts, e.g. road.pothole")
        }
        return category
    }
}
