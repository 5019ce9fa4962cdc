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
