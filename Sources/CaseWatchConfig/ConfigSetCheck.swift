import CaseWatchCore

/// Reads a set of configuration files, checks each on its own and then against each other: calendar
/// names and policy versions are unique, effective dates are unique, and every policy names a calendar
/// of the set; unit and leader ids are unique across files, and leaders' jurisdictions are units of the
/// set's units files (see `ConfigSetCheck+Units.swift`).
struct ConfigSetCheck {
    /// Every problem found, ordered by file, line and column.
    private(set) var diagnostics: [ConfigDiagnostic] = []
    /// The calendars without problems, by name.
    private(set) var calendars: [String: WorkCalendar] = [:]
    /// The policies without problems, in file order.
    private(set) var policies: [Policy] = []

    private var calendarFiles: [CalendarFile] = []
    /// The policy files, in path order.
    private(set) var policyFiles: [PolicyFile] = []
    /// The units files, in path order.
    private(set) var unitsFiles: [UnitsFile] = []
    /// The roster files, in path order.
    private(set) var rosterFiles: [RosterFile] = []
    /// The assessment files, in path order (one at most is allowed).
    private(set) var assessmentFiles: [AssessmentFile] = []
    /// The routing files, in path order (one at most is allowed).
    private(set) var notifyFiles: [NotifyFile] = []
    /// How many files could not be told apart by kind (a syntax error, no `kind`).
    private(set) var unreadableFiles = 0

    /// Whether some file may be a calendar whose name could not be read; a policy's calendar is then not
    /// reported missing, as the problem already reported may well be the cause.
    private var someCalendarNameUnknown: Bool {
        unreadableFiles > 0 || calendarFiles.contains { $0.name == nil }
    }

    /// Reads and checks the files.
    init(files: [String], extraDiagnostics: [ConfigDiagnostic] = [], secrets: NotifySecretProbe = .system) {
        diagnostics = extraDiagnostics
        for path in files {
            let (file, problems) = ConfigFileReader.read(path: path, secrets: secrets)
            diagnostics += problems
            switch file {
            case let .calendar(calendar): calendarFiles.append(calendar)
            case let .policy(policy): policyFiles.append(policy)
            case let .units(units): unitsFiles.append(units)
            case let .roster(roster): rosterFiles.append(roster)
            case let .assessment(assessment): assessmentFiles.append(assessment)
            case let .notify(notify): notifyFiles.append(notify)
            case nil: unreadableFiles += 1
            }
        }
        checkCalendarNames()
        checkPolicies()
        checkUnitIDs()
        checkRosters()
        checkSignoffCoverage()
        checkAssessmentFiles()
        checkNotify()
        diagnostics = diagnostics.sortedByPosition()
    }

    private mutating func checkCalendarNames() {
        var first: [String: SourcePosition] = [:]
        for file in calendarFiles {
            guard let name = file.name else { continue }
            if let earlier = first[name] {
                report("calendar '\(name)' is already defined at \(Self.describe(earlier)); give each calendar its own name", at: file.namePosition)
                continue
            }
            first[name] = file.namePosition
            if let calendar = file.calendar { calendars[name] = calendar }
        }
    }

    private mutating func checkPolicies() {
        let calendarNames = calendarFiles.compactMap(\.name)
        var versions: [String: SourcePosition] = [:]
        var effectiveDates: [LocalDate?: (version: String, position: SourcePosition)] = [:]
        for file in policyFiles {
            if let version = file.version {
                if let earlier = versions[version] {
                    report("policy version '\(version)' is already used at \(Self.describe(earlier)); give each policy its own version", at: file.versionPosition)
                } else {
                    versions[version] = file.versionPosition
                }
            }
            if let earlier = effectiveDates[file.effectiveFrom] {
                let when = file.effectiveFrom.map { "takes effect on \($0)" } ?? "has no effective_from"
                report(
                    "this policy \(when), as does policy '\(earlier.version)' at \(Self.describe(earlier.position)); give each policy its own effective_from",
                    at: file.effectiveFromPosition
                )
            } else {
                effectiveDates[file.effectiveFrom] = (file.version ?? "?", file.effectiveFromPosition)
            }
            if let name = file.calendarName, !calendarNames.contains(name), !someCalendarNameUnknown {
                let hint = closestMatch(to: name, among: calendarNames).map { "did you mean '\($0)'? " } ?? ""
                let known = calendarNames.isEmpty ? "no calendar file (kind: calendar) was given" : "defined: \(calendarNames.sorted().joined(separator: ", "))"
                report("unknown calendar '\(name)'; \(hint)\(known)", at: file.calendarPosition)
            }
            if let policy = file.policy { policies.append(policy) }
        }
    }

    /// Reports every assessment file after the first: the rules are one set.
    private mutating func checkAssessmentFiles() {
        guard let first = assessmentFiles.first else { return }
        for file in assessmentFiles.dropFirst() {
            report(
                "the assessment rules are already given at \(Self.describe(first.position)); keep one file with 'kind: assessment'",
                at: file.position
            )
        }
    }

    /// Records a problem found across files.
    mutating func report(_ message: String, at position: SourcePosition) {
        diagnostics.append(position.diagnostic(message))
    }

    /// `file:line:column`.
    static func describe(_ position: SourcePosition) -> String {
        "\(position.file):\(position.line):\(position.column)"
    }
}
