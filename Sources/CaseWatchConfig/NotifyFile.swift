import CaseWatchCore

/// A `kind: notify` file: what the checks against other files need (read even when the rest has problems)
/// and the routing when it has none.
struct NotifyFile {
    /// The top of the file, where a second routing file is reported.
    let position: SourcePosition
    /// The receivers it defines, in file order.
    let receiverNames: [String]
    /// Every urgency named (in `urgent` and in routes), with where.
    let urgencies: [(urgency: Urgency, position: SourcePosition)]
    /// Every tier a route matches on, with where.
    let tiers: [(tier: TierName, position: SourcePosition)]
    /// Every action a route matches on, with where.
    let actions: [(action: TierAction, position: SourcePosition)]
    /// Every category prefix a route matches on, with where.
    let categories: [(category: CaseCategory, position: SourcePosition)]
    /// Every unit named (route subtrees and `unit_contacts`), with where.
    let units: [(unit: String, position: SourcePosition)]
    /// The routing; nil when the file has any problem.
    let routing: NotifyRouting?
}
