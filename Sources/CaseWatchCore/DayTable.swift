/// Precomputed local midnights and working spans (in UTC seconds) for a range of days, so that deadline
/// arithmetic inside the range never consults the time-zone database. Days outside the range are computed
/// on demand from the same ``DayRules``, with identical results.
final class DayTable: Sendable {
    private let rules: DayRules
    /// The first day number in the table.
    let firstDay: Int
    /// The number of days in the table.
    let count: Int
    /// UTC seconds of each day's local midnight, plus one for the day after the last.
    private let starts: [Int64]
    /// Index into `spans` of each day's first span, plus one past the end.
    private let spanIndex: [Int]
    private let spans: [RawSpan]
    /// An offset close to the zone's, for a first guess at the day of an instant.
    private let typicalOffset: Int64

    init(rules: DayRules, years: ClosedRange<Int>) {
        self.rules = rules
        let first = LocalDate(year: years.lowerBound, month: 1, day: 1)!.dayNumber
        let end = LocalDate(year: years.upperBound + 1, month: 1, day: 1)!.dayNumber
        var starts: [Int64] = []
        var spanIndex: [Int] = []
        var spans: [RawSpan] = []
        starts.reserveCapacity(end - first + 1)
        spanIndex.reserveCapacity(end - first + 1)
        for day in first..<end {
            let computed = rules.compute(day: day)
            starts.append(computed.start)
            spanIndex.append(spans.count)
            spans.append(contentsOf: computed.spans)
        }
        starts.append(rules.zone.instant(dayNumber: end, secondOfDay: 0).secondsSinceEpoch)
        spanIndex.append(spans.count)
        self.firstDay = first
        self.count = end - first
        self.starts = starts
        self.spanIndex = spanIndex
        self.spans = spans
        self.typicalOffset = Int64(first) * 86_400 - starts[0]
    }

    /// The working spans of a day, in order.
    func spans(ofDay day: Int) -> ArraySlice<RawSpan> {
        let i = day - firstDay
        guard i >= 0, i < count else { return ArraySlice(rules.compute(day: day).spans) }
        return spans[spanIndex[i]..<spanIndex[i + 1]]
    }

    /// UTC seconds of the day's local midnight.
    func start(ofDay day: Int) -> Int64 {
        let i = day - firstDay
        guard i >= 0, i <= count else {
            return rules.zone.instant(dayNumber: day, secondOfDay: 0).secondsSinceEpoch
        }
        return starts[i]
    }

    /// The local day that contains an instant given in UTC seconds.
    func day(containing t: Int64) -> Int {
        var day = Int(floorDiv(t + typicalOffset, 86_400))
        guard day - firstDay >= 1, day - firstDay < count - 1 else {
            return rules.zone.dayNumber(of: Instant(secondsSinceEpoch: t))
        }
        while t < starts[day - firstDay], day > firstDay { day -= 1 }
        while t >= starts[day - firstDay + 1], day < firstDay + count - 1 { day += 1 }
        return day
    }
}
