import CaseWatchConfig
import CaseWatchCore
import Foundation
import Testing

/// One row of `scripts/cn-workcalendar.csv`.
private struct HolidayRow {
    let date: LocalDate
    let kind: String
    let name: String

    static func load() throws -> [HolidayRow] {
        let text = try String(contentsOfFile: RepositoryPolicies.directory + "/../scripts/cn-workcalendar.csv", encoding: .utf8)
        return try text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let parts = fields[0].split(separator: "-").compactMap { Int($0) }
            let date = try #require(LocalDate(year: parts[0], month: parts[1], day: parts[2]))
            return HolidayRow(date: date, kind: fields[1], name: fields[2])
        }
    }
}

@Test func mainlandCalendarMatchesTheCSVEveryDayOf2023To2026() throws {
    let calendar = try ConfigLoader.loadCalendar(at: RepositoryPolicies.directory + "/calendars/cn-mainland.yaml")
    #expect(calendar.name == "cn-mainland")
    #expect(calendar.zone.identifier == "Asia/Shanghai")
    #expect(calendar.coveredYears == 2023...2026)
    let rows = try HolidayRow.load().filter { (2023...2026).contains($0.date.year) }
    #expect(rows.count == 143)
    var listed: [LocalDate: HolidayRow] = [:]
    for row in rows {
        listed[row.date] = row
        switch row.kind {
        case "holiday":
            #expect(!calendar.isWorkingDay(row.date), "\(row.date) is a holiday")
            #expect(calendar.holidays[row.date] == row.name)
        case "makeup_workday":
            #expect(calendar.isWorkingDay(row.date), "\(row.date) is a make-up working day")
            #expect(calendar.makeupDays[row.date] == row.name)
        default:
            Issue.record("unknown kind \(row.kind) on \(row.date)")
        }
    }
    #expect(calendar.holidays.count + calendar.makeupDays.count == rows.count)
    let first = LocalDate(year: 2023, month: 1, day: 1)!.dayNumber
    let last = LocalDate(year: 2026, month: 12, day: 31)!.dayNumber
    for day in (first...last).map(LocalDate.init(dayNumber:)) where listed[day] == nil {
        #expect(calendar.isWorkingDay(day) == !day.weekday.isWeekend, "\(day)")
    }
    #expect(calendar.windows(on: LocalDate(year: 2024, month: 9, day: 29)!).map(\.description) == ["09:00-12:00", "13:00-17:00"])
}
