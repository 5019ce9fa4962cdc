import ArgumentParser
import CaseWatchCore
import CaseWatchEngine

/// The options that choose what `casewatch assess` judges: the period, the as-of instant and the level.
struct AssessmentPeriodOptions: ParsableArguments {
    /// A month, quarter or year.
    @Option(help: "The period: a month (2026-11), a quarter (2026-Q4) or a year (2026), in the calendar's zone.")
    var period: String?

    /// The first local date.
    @Option(help: "The first local date of the period (with --to), e.g. 2026-11-01.")
    var from: String?

    /// The last local date.
    @Option(help: "The last local date of the period, inclusive (with --from), e.g. 2026-11-30.")
    var to: String?

    /// The instant judged as of.
    @Option(name: .customLong("as-of"), help: "Judge the cases as of this instant (default: the end of the period or now, whichever is earlier).")
    var asOf: String?

    /// The period in force: `--period`, `--from`/`--to`, else the current month in `zone`.
    func period(zone: ZoneRules, now: Instant) throws(CommandFailure) -> AssessmentPeriod {
        let chosen = try unboundedPeriod(zone: zone, now: now)
        let years = Limits.supportedYears
        guard years.contains(chosen.from.year), years.contains(chosen.to.year) else {
            throw CommandFailure("the period \(chosen.from) to \(chosen.to) reaches outside the years CaseWatch supports (\(years.lowerBound)-\(years.upperBound))")
        }
        return chosen
    }

    private func unboundedPeriod(zone: ZoneRules, now: Instant) throws(CommandFailure) -> AssessmentPeriod {
        switch (period, from, to) {
        case let (text?, nil, nil):
            guard let period = AssessmentPeriod.parse(text) else {
                throw CommandFailure("--period '\(text)': write a month 2026-11, a quarter 2026-Q4 or a year 2026")
            }
            return period
        case let (nil, from?, to?):
            let first = try Self.date(from, option: "--from")
            let last = try Self.date(to, option: "--to")
            guard let period = AssessmentPeriod(from: first, to: last) else {
                throw CommandFailure("--from \(first) is after --to \(last); give the first date of the period first")
            }
            return period
        case (nil, nil, nil):
            let today = zone.localTime(of: now).date
            return .month(today.year, today.month)
        case (_?, _, _):
            throw CommandFailure("--period and --from/--to both choose the period; give one of them")
        default:
            throw CommandFailure("--from and --to go together; give both dates, e.g. --from 2026-11-01 --to 2026-11-30")
        }
    }

    /// The as-of instant: `--as-of`, else the run's default for the period.
    func asOf(for period: AssessmentPeriod, run: AssessmentRun, zone: ZoneRules, now: Instant) throws(CommandFailure) -> Instant {
        guard let asOf else { return run.defaultAsOf(period, now: now) }
        return try ArgumentReading.instant(asOf, option: "--as-of", zone: zone)
    }

    /// A local date `YYYY-MM-DD`.
    static func date(_ text: String, option: String) throws(CommandFailure) -> LocalDate {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let date = LocalDate(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!)
        else { throw CommandFailure("\(option) '\(text)': write a date YYYY-MM-DD that exists, e.g. 2026-11-01") }
        return date
    }
}
