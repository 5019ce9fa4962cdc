import CaseWatchCore

/// Checks the leaders' jurisdictions against the units: each names a known unit, and a district leader's
/// names a district or a unit inside one (never the city or a city department).
struct JurisdictionCheck {
    /// The level of every known unit id (nil when it could not be read).
    let levels: [String: UnitLevel?]
    /// Whether an unknown jurisdiction is reported; off when some unit id could not be read.
    let reportsUnknown: Bool

    /// A check against loaded units.
    init(units: [OrgUnit]) {
        levels = Dictionary(units.map { ($0.id.rawValue, Optional($0.level)) }) { first, _ in first }
        reportsUnknown = true
    }

    /// A check against the ids defined in units files.
    init(mentions: [UnitMention], reportsUnknown: Bool) {
        levels = Dictionary(mentions.map { ($0.id, $0.level) }) { first, _ in first }
        self.reportsUnknown = reportsUnknown
    }

    /// The problems of a roster's jurisdictions.
    func diagnostics(of roster: RosterFile) -> [ConfigDiagnostic] {
        roster.jurisdictions.compactMap { jurisdiction in
            guard let entry = levels[jurisdiction.unit] else {
                guard reportsUnknown else { return nil }
                let hint = closestMatch(to: jurisdiction.unit, among: Array(levels.keys)).map { "did you mean '\($0)'? " } ?? ""
                return jurisdiction.position.diagnostic(
                    "unknown jurisdiction '\(jurisdiction.unit)'; \(hint)give the id of a unit of the units file (kind: units)"
                )
            }
            guard jurisdiction.leaderLevel == .district, let level = entry, level < .district else { return nil }
            return jurisdiction.position.diagnostic(
                "a district leader's jurisdiction must be a district or a unit inside one; '\(jurisdiction.unit)' is \(level.withArticle)"
            )
        }
    }
}
