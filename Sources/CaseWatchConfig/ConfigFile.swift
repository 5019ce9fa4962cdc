import CaseWatchCore

/// What one configuration file holds, with the positions the checks across files point at.
enum ConfigFile {
    /// A `kind: calendar` file.
    case calendar(CalendarFile)
    /// A `kind: policy` file.
    case policy(PolicyFile)
    /// A `kind: units` file.
    case units(UnitsFile)
    /// A `kind: roster` file.
    case roster(RosterFile)
    /// A `kind: assessment` file.
    case assessment(AssessmentFile)
    /// A `kind: notify` file.
    case notify(NotifyFile)

    /// The file's kind.
    var kind: FileKind {
        switch self {
        case .calendar: .calendar
        case .policy: .policy
        case .units: .units
        case .roster: .roster
        case .assessment: .assessment
        case .notify: .notify
        }
    }
}

/// A calendar file: its name (read even when the rest has problems) and the calendar when it has none.
struct CalendarFile {
    let name: String?
    /// The `name` value, or the top of the file when it has none.
    let namePosition: SourcePosition
    let calendar: WorkCalendar?
}

/// A policy file: the keys checked against other files (read even when the rest has problems) and the
/// policy when it has none. Positions fall back to the top of the file when a key is missing.
struct PolicyFile {
    let version: String?
    let versionPosition: SourcePosition
    let effectiveFrom: LocalDate?
    let effectiveFromPosition: SourcePosition
    let calendarName: String?
    let calendarPosition: SourcePosition
    let policy: Policy?
    /// The sign-off level of each ladder tier that names one, with the tier's number and where it is written.
    var signoffLevels: [(level: String, tier: Int, position: SourcePosition)] = []
}
