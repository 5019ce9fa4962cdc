import CaseWatchCore
import CaseWatchStore

/// One case recomputed from its whole event log: its projection and the next step to store with it by
/// ``NextStepRule`` (the first step owed before a later event, else the next unfired step). The projection
/// rebuild and a policy reload both recompute cases here, so that they store the same step intake does.
enum CaseRecomputation {
    /// Projects `events` (the case's whole log, in order) under `catalog` and decides the step to store,
    /// reading each cycle's fired tiers through `fired` at most once, and only when a step may be owed or at
    /// the end. Nil when `events` is empty.
    static func project(
        _ events: [CaseEvent], catalog: any PolicyCatalog, fired: (_ cycle: Int) throws -> Set<TierName>
    ) throws -> (projection: CaseProjection, next: PendingStep?)? {
        var firedByCycle: [Int: Set<TierName>] = [:]
        func firedTiers(_ cycle: Int) throws -> Set<TierName> {
            if let known = firedByCycle[cycle] { return known }
            let tiers = try fired(cycle)
            firedByCycle[cycle] = tiers
            return tiers
        }
        var projection: CaseProjection?
        var owed: PendingStep?
        for event in events {
            if owed == nil, let before = projection, NextStepRule.mayOwe(before, before: event) {
                owed = NextStepRule.owed(before: event, case: before, fired: try firedTiers(before.cycle))
            }
            projection = try CaseLifecycle.apply(event, to: projection, catalog: catalog)
        }
        guard let projection else { return nil }
        return (projection, NextStepRule.stored(owed: owed, after: projection, fired: try firedTiers(projection.cycle)))
    }
}
