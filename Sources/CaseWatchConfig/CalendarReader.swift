import CaseWatchCore
import Yams

/// Reads the keys of a `kind: calendar` file into a ``CalendarDraft``, reporting every problem at its node.
struct CalendarReader {
    static let keys = [
        "kind", "name", "zone", "covers", "workweek", "windows", "weekday_windows", "makeup_windows",
        "holidays", "makeup_workdays",
    ]

    let log: DiagnosticLog
    private var read: ScalarReader { ScalarReader(log: log) }

    /// Reads the calendar whose root mapping is `root`.
    func draft(_ root: Node) -> CalendarDraft? {
        guard let fields = Fields(root, "the calendar", allowed: Self.keys, log: log) else { return nil }
        var draft = CalendarDraft()
        if let node = fields.required("name", example: "name: cn-mainland"), let name = read.text(node, "the calendar name") {
            draft.name = Located(value: name, node: node)
        }
        if let node = fields.required("zone", example: "zone: Asia/Shanghai") {
            draft.zone = zone(node)
        }
        if let node = fields.required("covers", example: "covers: {from: 2023, to: 2026}") {
            draft.coveredYears = coveredYears(node)
        }
        let problemsBefore = log.count
        if let node = fields.required("workweek", example: "workweek: [mon, tue, wed, thu, fri]") {
            draft.workweek = workweek(node)
        }
        if let node = fields.required("windows", example: "windows: [\"09:00-12:00\", \"13:00-17:00\"]") {
            draft.windows = windows(node, "the working windows") ?? []
            draft.windowsNode = node
        }
        if let node = fields["weekday_windows"] {
            draft.weekdayWindows = weekdayWindows(node, workweek: draft.workweek?.value)
        }
        draft.workingTimeReported = log.count > problemsBefore
        if let node = fields["makeup_windows"] {
            draft.makeupWindows = windows(node, "the make-up day windows")
        }
        if let node = fields["holidays"] {
            draft.holidays = datedEntries(node, "holidays")
        }
        if let node = fields["makeup_workdays"] {
            draft.makeupDays = datedEntries(node, "makeup_workdays")
        }
        return draft
    }

    private func zone(_ node: Node) -> ZoneRules? {
        read.parsed(node, "an IANA time zone such as Asia/Shanghai") { text throws(ValueProblem) in
            guard let zone = ZoneRules(identifier: text) else {
                throw ValueProblem("unknown time zone '\(text)'; use an IANA zone name such as Asia/Shanghai")
            }
            return zone
        }
    }

    private func coveredYears(_ node: Node) -> ClosedRange<Int>? {
        guard let fields = Fields(node, "'covers'", allowed: ["from", "to"], log: log) else { return nil }
        let from = fields.required("from", example: "from: 2023").flatMap { read.integer($0, "the first covered year") }
        let to = fields.required("to", example: "to: 2026").flatMap { read.integer($0, "the last covered year") }
        guard let from, let to else { return nil }
        guard from <= to else {
            log.error("covered years run from \(from) to \(to), which is backwards; 'from' must not be after 'to'", at: fields["from"]!)
            return nil
        }
        if let problem = Limits.coveredYearsProblem(from...to) {
            log.error(problem, at: Limits.supportedYears.contains(from) ? fields["to"]! : fields["from"]!)
            return nil
        }
        return from...to
    }

    private func workweek(_ node: Node) -> Located<[Weekday]>? {
        guard let items = read.list(node, "the working weekdays") else { return nil }
        var days: [Weekday] = []
        for item in items {
            guard let day = weekday(item) else { continue }
            guard !days.contains(day) else {
                log.error("'\(day)' is listed twice in workweek; list each weekday once", at: item)
                continue
            }
            days.append(day)
        }
        return Located(value: days, node: node)
    }

    private func weekday(_ node: Node) -> Weekday? {
        read.parsed(node, "a weekday (mon ... sun)") { text throws(ValueProblem) in
            if let day = Weekday(name: text) { return day }
            let names = Weekday.allCases.map(\.shortName)
            let hint = closestMatch(to: text, among: names).map { "did you mean '\($0)'?" } ?? "use mon, tue, wed, thu, fri, sat or sun"
            throw ValueProblem("unknown weekday '\(text)'; \(hint)")
        }
    }

    private func windows(_ node: Node, _ what: String) -> [Located<WorkWindow>]? {
        guard let items = read.list(node, what) else { return nil }
        return items.compactMap { item in
            read.parsed(item, "a window HH:MM-HH:MM", WindowText.parse).map { Located(value: $0, node: item) }
        }
    }

    private func weekdayWindows(_ node: Node, workweek: [Weekday]?) -> [Weekday: [Located<WorkWindow>]] {
        guard let entries = MappingEntry.entries(of: node, "'weekday_windows'", log: log) else { return [:] }
        var result: [Weekday: [Located<WorkWindow>]] = [:]
        for entry in entries {
            guard let day = weekday(entry.key) else { continue }
            if let workweek, !workweek.contains(day) {
                log.error("weekday_windows sets '\(day)', which is not in workweek; add it to workweek or remove these windows", at: entry.key)
                continue
            }
            result[day] = windows(entry.value, "the windows of \(day)")
        }
        return result
    }

    private func datedEntries(_ node: Node, _ key: String) -> [CalendarDraft.DatedEntry] {
        guard let items = read.list(node, "'\(key)'") else { return [] }
        var entries: [CalendarDraft.DatedEntry] = []
        var seen: [LocalDate: Node] = [:]
        for item in items {
            let example = "{date: 2024-10-01, name: National Day}"
            guard let fields = Fields(item, "an entry of '\(key)' (e.g. \(example))", allowed: ["date", "name"], log: log)
            else { continue }
            let dateNode = fields.required("date", example: "date: 2024-10-01")
            let date = dateNode.flatMap(read.date)
            let name = fields.required("name", example: "name: National Day").flatMap { read.text($0, "the holiday's name") }
            guard let dateNode, let date, let name else { continue }
            if let first = seen[date] {
                log.error("\(date) is listed twice in \(key) (first on line \(first.mark?.line ?? 1)); remove one", at: dateNode)
                continue
            }
            seen[date] = dateNode
            entries.append(CalendarDraft.DatedEntry(date: date, name: name, node: dateNode))
        }
        return entries
    }
}
