import CaseWatchCore
import Yams

/// The parts of a calendar file that could be read, each with its node, before the core checks them
/// together as a ``WorkCalendar``.
struct CalendarDraft {
    /// A holiday or make-up day entry.
    struct DatedEntry {
        let date: LocalDate
        let name: String
        /// The entry's `date` value, where problems with the date are reported.
        let node: Node
    }

    var name: Located<String>?
    var zone: ZoneRules?
    var coveredYears: ClosedRange<Int>?
    /// The workweek days as listed, and the `workweek` node.
    var workweek: Located<[Weekday]>?
    /// The default windows of every workweek day.
    var windows: [Located<WorkWindow>] = []
    /// Per-weekday windows replacing the default ones.
    var weekdayWindows: [Weekday: [Located<WorkWindow>]] = [:]
    /// Windows of make-up working days, when set.
    var makeupWindows: [Located<WorkWindow>]?
    var holidays: [DatedEntry] = []
    var makeupDays: [DatedEntry] = []
    /// The `windows` node, where a calendar without working time is reported.
    var windowsNode: Node?
    /// Whether the workweek or a window list had a problem of its own (already reported), so that the
    /// core's "no working weekday" would only repeat it.
    var workingTimeReported = false

    /// The windows of each workweek day: its own when set, else the default ones.
    var weeklyWindows: [Weekday: [Located<WorkWindow>]] {
        var weekly: [Weekday: [Located<WorkWindow>]] = [:]
        for day in workweek?.value ?? [] {
            weekly[day] = weekdayWindows[day] ?? windows
        }
        return weekly
    }
}
