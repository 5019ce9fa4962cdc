import CaseWatchCore

/// The JSON form of `casewatch deadline --json`: the due instant and how it was reached.
struct DeadlineReport: Encodable {
    /// One stretch of the timeline.
    struct Segment: Encodable {
        let kind: String
        let start: String
        let end: String
        let seconds: Int64
    }

    /// A pause as given (after merging).
    struct Pause: Encodable {
        let start: String
        let end: String
    }

    let from: String
    let add: String
    let clock: String
    let calendar: String
    let zone: String
    let clockStart: String
    let budgetSeconds: Int64
    let due: String
    let provisional: Bool
    let pauses: [Pause]
    let timeline: [Segment]
    let countedSeconds: Int64
    let pausedSeconds: Int64
    let nonWorkingSeconds: Int64

    enum CodingKeys: String, CodingKey {
        case from, add, clock, calendar, zone, due, provisional, pauses, timeline
        case clockStart = "clock_start"
        case budgetSeconds = "budget_seconds"
        case countedSeconds = "counted_seconds"
        case pausedSeconds = "paused_seconds"
        case nonWorkingSeconds = "non_working_seconds"
    }

    init(
        calendar: WorkCalendar, start: Instant, duration: ClockDuration, pauses: PauseSet,
        deadline: Deadline, timeline: [TimelineSegment]
    ) {
        let show = { (instant: Instant) in InstantFormatter.format(instant, in: calendar.zone) }
        self.from = show(start)
        self.add = duration.description
        self.clock = duration.kind.rawValue
        self.calendar = calendar.name
        self.zone = calendar.zone.identifier
        self.clockStart = show(deadline.clockStart)
        self.budgetSeconds = deadline.budget
        self.due = show(deadline.due)
        self.provisional = deadline.provisional
        self.pauses = pauses.spans.map { Pause(start: show($0.start), end: show($0.end)) }
        self.timeline = timeline.map {
            Segment(kind: $0.kind.rawValue, start: show($0.span.start), end: show($0.span.end), seconds: $0.span.seconds)
        }
        func total(_ kind: TimelineSegment.Kind) -> Int64 {
            timeline.filter { $0.kind == kind }.reduce(0) { $0 + $1.span.seconds }
        }
        self.countedSeconds = total(.counted)
        self.pausedSeconds = total(.paused)
        self.nonWorkingSeconds = total(.nonWorking)
    }
}
