import CaseWatchCore

/// A units file: every unit id it defines (read even when the rest has problems) and the units when it has
/// none.
struct UnitsFile {
    /// The first definition of each id, in file order.
    let mentions: [UnitMention]
    /// Whether some unit's id could not be read at all; a leader's jurisdiction is then not reported
    /// unknown, as the problem already reported may well be the cause.
    let hasUnitWithoutID: Bool
    /// The units, parents before children; nil when the file has any problem.
    let units: [OrgUnit]?
}

/// A unit id as written in a units file, with its level when that could be read.
struct UnitMention {
    /// The id's text (possibly not a valid identifier, which was reported).
    let id: String
    let level: UnitLevel?
    /// Where the id is written.
    let position: SourcePosition
}
