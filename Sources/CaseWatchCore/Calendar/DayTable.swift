import Synchronization

/// Precomputed local midnights and working spans (in UTC seconds) for a range of days, so that deadline
/// arithmetic inside the range never consults the time-zone database. Days outside the range are computed
/// from the same ``DayRules`` a year at a time on first use and kept, with identical results.
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
    /// Years outside the main range, computed when first needed.
    private let outlying = Mutex<[Int: YearOfDays]>([:])

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
        guard i >= 0, i < count else { return outlyingDay(day).spans }
        return spans[spanIndex[i]..<spanIndex[i + 1]]
    }

    /// UTC seconds of the day's local midnight.
    func start(ofDay day: Int) -> Int64 {
        let i = day - firstDay
        guard i >= 0, i <= count else { return outlyingDay(day).start }
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

    /// A day outside the main range, from its year's cached computation.
    private func outlyingDay(_ day: Int) -> (start: Int64, spans: ArraySlice<RawSpan>) {
        let year = LocalDate(dayNumber: day).year
        let days = outlying.withLock { cache in
            if let known = cache[year] { return known }
            let computed = YearOfDays(year: year, rules: rules)
            cache[year] = computed
            return computed
        }
        let i = day - days.firstDay
        return (days.starts[i], days.spans[days.spanIndex[i]..<days.spanIndex[i + 1]])
    }
}

/// One year's local midnights and working spans, for days outside a table's main range.
struct YearOfDays: Sendable {
    let firstDay: Int
    let starts: [Int64]
    let spanIndex: [Int]
    let spans: [RawSpan]

    init(year: Int, rules: DayRules) {
        firstDay = LocalDate(year: year, month: 1, day: 1)!.dayNumber
        let end = LocalDate(year: year + 1, month: 1, day: 1)!.dayNumber
        var starts: [Int64] = [], spanIndex: [Int] = [], spans: [RawSpan] = []
        for day in firstDay..<end {
            let computed = rules.compute(day: day)
            starts.append(computed.start)
            spanIndex.append(spans.count)
            spans.append(contentsOf: computed.spans)
        }
        spanIndex.append(spans.count)
        self.starts = starts
        self.spanIndex = spanIndex
        self.spans = spans
    }
}
