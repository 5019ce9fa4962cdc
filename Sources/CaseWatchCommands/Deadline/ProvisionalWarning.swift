import CaseWatchCore

/// The warning printed whenever a result rests on a year the calendar does not cover.
enum ProvisionalWarning {
    /// Writes the warning to standard error.
    static func emit(calendar: WorkCalendar, what: String) {
        let years = calendar.coveredYears
        Console.errorLine(
            "warning: \(what) reaches beyond the years calendar '\(calendar.name)' covers (\(years.lowerBound)-\(years.upperBound)); "
                + "it is provisional, computed as if the uncovered year had no holidays, and will change when a calendar covering that year is loaded"
        )
    }
}
