import CaseWatchCore
import CaseWatchExport
import Hummingbird

/// The query of `GET /v1/assessment`, read and checked: `period` (a month `2026-11`, a quarter `2026-Q4` or a
/// year `2026`; default the current month in the display zone), `level` (`unit`, `street`, `district`,
/// `city`; default `unit`), `format` (`json`, `csv`, `html`; default `json`), `lang` (`en`, `zh`; default
/// `en`) and `as_of` (an RFC 3339 instant; default the end of the period or now, whichever is earlier).
struct AssessmentQuery {
    let period: AssessmentPeriod
    let level: AssessmentLevel
    let format: AssessmentExport.Format
    let language: AssessmentExport.Language
    /// The instant judged as of, when given.
    let asOf: Instant?

    /// The parameters the route reads.
    static let names: Set<String> = ["period", "level", "format", "lang", "as_of"]

    /// The formats served (the terminal's table is the CLI's only).
    static let formats: [AssessmentExport.Format] = [.json, .csv, .html]

    /// Reads the query of `request`, dates in `zone`, the default period the month of `now`; throws a 400
    /// `invalid-parameter` problem naming the parameter and the forms it accepts.
    init(_ request: Request, zone: ZoneRules, now: Instant) throws {
        try OperationsQuery.refuseUnknown(in: request, allowed: Self.names)
        let query = request.uri.queryParameters
        if let text = query["period"].map(String.init) {
            guard let period = AssessmentPeriod.parse(text) else {
                throw Problem(.invalidParameter, "period '\(text)': write a month 2026-11, a quarter 2026-Q4 or a year 2026")
            }
            let years = Limits.supportedYears
            guard years.contains(period.from.year), years.contains(period.to.year) else {
                throw Problem(.invalidParameter, "period '\(text)': CaseWatch supports the years \(years.lowerBound)-\(years.upperBound); choose a period within them")
            }
            self.period = period
        } else {
            let today = zone.localTime(of: now).date
            period = .month(today.year, today.month)
        }
        level = try Self.pick(query["level"].map(String.init), name: "level", default: .unit)
        let format: AssessmentExport.Format = try Self.pick(query["format"].map(String.init), name: "format", default: .json)
        guard Self.formats.contains(format) else {
            throw Problem(.invalidParameter, "format 'table' is the command line's; use json, csv or html")
        }
        self.format = format
        language = try Self.pick(query["lang"].map(String.init), name: "lang", default: .en)
        if let text = query["as_of"].map(String.init) {
            do {
                asOf = try InstantParser.parse(text, zone: zone)
            } catch {
                throw Problem(.invalidParameter, "as_of '\(text)': write an RFC 3339 instant, e.g. 2026-11-30T18:00:00+08:00 (\(error))")
            }
        } else {
            asOf = nil
        }
    }

    /// The value of `name` among `Value`'s cases (the default when absent), or a problem listing them.
    private static func pick<Value: RawRepresentable & CaseIterable>(_ text: String?, name: String, default value: Value) throws -> Value
    where Value.RawValue == String {
        guard let text else { return value }
        guard let chosen = Value(rawValue: text) else {
            let accepted = name == "format" ? formats.map(\.rawValue) : Value.allCases.map(\.rawValue)
            throw Problem(.invalidParameter, "\(name) '\(text)': use one of \(accepted.joined(separator: ", "))")
        }
        return chosen
    }

    /// The media type of the answer in `format`.
    var contentType: String {
        switch format {
        case .json: "application/json"
        case .csv: "text/csv; charset=utf-8"
        case .html, .table: "text/html; charset=utf-8"
        }
    }
}
