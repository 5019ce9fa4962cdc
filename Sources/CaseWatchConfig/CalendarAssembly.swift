import CaseWatchCore
import Yams

/// Builds a ``WorkCalendar`` from a draft, letting the core check the rules and placing each
/// ``CalendarError`` at the node it concerns.
///
/// The core stops at its first error, so the offending entry is reported, left out, and the calendar
/// built again, until it passes or an error cannot be fixed by leaving something out. Missing or broken
/// parts (zone, covered years) are stood in for, so that the other rules are still checked.
struct CalendarAssembly {
    let log: DiagnosticLog
    let root: Node

    /// The calendar, or nil when the file (read into `log`) or the core had any problem.
    func calendar(from draft: CalendarDraft) -> WorkCalendar? {
        var draft = draft
        let limit = draft.windows.count + draft.holidays.count + draft.makeupDays.count
            + (draft.makeupWindows?.count ?? 0) + draft.weekdayWindows.values.reduce(0) { $0 + $1.count } + 1
        for _ in 0..<limit {
            do {
                let calendar = try WorkCalendar(
                    name: draft.name?.value ?? "",
                    zone: draft.zone ?? ZoneRules(identifier: "UTC")!,
                    weeklyWindows: draft.weeklyWindows.mapValues { $0.map(\.value) },
                    makeupWindows: draft.makeupWindows?.map(\.value),
                    holidays: Dictionary(draft.holidays.map { ($0.date, $0.name) }) { first, _ in first },
                    makeupDays: Dictionary(draft.makeupDays.map { ($0.date, $0.name) }) { first, _ in first },
                    coveredYears: draft.coveredYears ?? Self.standInYears(draft)
                )
                return log.count == 0 ? calendar : nil
            } catch {
                guard leaveOut(error, from: &draft) else { return nil }
            }
        }
        return nil
    }

    /// Years that cover every listed date, standing in for a missing or broken `covers`.
    private static func standInYears(_ draft: CalendarDraft) -> ClosedRange<Int> {
        let years = (draft.holidays + draft.makeupDays).map(\.date.year)
        return (years.min() ?? 2000)...(years.max() ?? 2000)
    }

    /// Reports the error at its node and removes the entry it concerns; false when nothing can be removed.
    private func leaveOut(_ error: CalendarError, from draft: inout CalendarDraft) -> Bool {
        switch error {
        case let .overlappingWindows(day, first, second):
            return leaveOutWindow(second, after: first, on: day, from: &draft, error)
        case .noWorkingWeekday:
            guard !draft.workingTimeReported else { return false }
            let isEmptyWorkweek = draft.workweek?.value.isEmpty ?? true
            log.error(error.description, at: (isEmptyWorkweek ? draft.workweek?.node : draft.windowsNode) ?? root)
            return false
        case let .makeupDayOnWorkingWeekday(date), let .holidayAndMakeupDay(date):
            return leaveOut(date, from: &draft.makeupDays, error)
        case let .dateOutsideCoveredYears(date, _):
            return leaveOut(date, from: &draft.holidays, error) || leaveOut(date, from: &draft.makeupDays, error)
        case .coveredYearsOutOfBounds:
            if log.count == 0 { log.error(error.description, at: root) }
            return false
        }
    }

    private func leaveOut(_ date: LocalDate, from entries: inout [CalendarDraft.DatedEntry], _ error: CalendarError) -> Bool {
        guard let index = entries.firstIndex(where: { $0.date == date }) else { return false }
        log.error(error.description, at: entries[index].node)
        entries.remove(at: index)
        return true
    }

    /// Removes the later of two overlapping windows from the list the day takes its windows from.
    private func leaveOutWindow(
        _ window: WorkWindow, after first: WorkWindow, on day: Weekday?, from draft: inout CalendarDraft,
        _ error: CalendarError
    ) -> Bool {
        func remove(from list: inout [Located<WorkWindow>]) -> Bool {
            let matches = list.indices.filter { list[$0].value == window }
            guard let index = window == first ? matches.dropFirst().first : matches.first else { return false }
            log.error(error.description, at: list[index].node)
            list.remove(at: index)
            return true
        }
        guard let day else {
            guard var makeup = draft.makeupWindows, remove(from: &makeup) else { return false }
            draft.makeupWindows = makeup
            return true
        }
        if draft.weekdayWindows[day] != nil {
            return remove(from: &draft.weekdayWindows[day]!)
        }
        return remove(from: &draft.windows)
    }
}
