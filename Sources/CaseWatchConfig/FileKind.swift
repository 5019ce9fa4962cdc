/// The kinds of configuration file, named by the `kind` key every file starts with.
enum FileKind: String, CaseIterable {
    /// A work calendar.
    case calendar
    /// A supervision policy.
    case policy
    /// The unit tree (city → district → street → community, and the city departments).
    case units
    /// The roster of leaders who sign off escalations.
    case roster
    /// The assessment rules (考核办法): weights, deductions, the floor and the small-sample rule.
    case assessment
    /// The routing of deliveries: receivers, routes and unit contacts (`policies/notify.yaml`).
    case notify

    /// `start the file with 'kind: calendar', …`, naming every kind.
    static var startHint: String {
        let kinds = allCases.map { "'kind: \($0.rawValue)'" }
        return "start the file with \(kinds.dropLast().joined(separator: ", ")) or \(kinds.last!)"
    }
}
