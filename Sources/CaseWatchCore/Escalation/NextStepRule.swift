/// The one rule for the next step stored with a case (and put on the supervisor's wheel): the step
/// **owed**, if one fell due before a later event of the case, else the case's next unfired step.
///
/// A step is owed when it fell due before an event that ends it while no supervisor had fired it yet
/// (the daemon was down, or the event arrived late): it is kept as the case's next step so that the
/// supervisor still fires it, judged as the case stood at its due instant. Without this, a reply dated after
/// a warning's due instant, ingested while the daemon is down, would leave the case without a next step
/// and the warning would never fire, although it was due.
///
/// Intake, the projection rebuild, a policy reload, the supervisor's fire path and the history replay all
/// decide with these functions. They are pure: the fired tiers and the step a case waits on come in as
/// values; reading them from the store is the engine's part.
public enum NextStepRule {
    /// The step owed before `event`, given the case as it stood before it (`before`, nil before its
    /// registration) and the tiers of its cycle that already fired: its next unfired step, when that fell
    /// due before the event.
    public static func owed(before event: CaseEvent, case before: CaseProjection?, fired: Set<TierName>) -> PendingStep? {
        owed(waitingOn: before?.nextStep(excluding: fired), before: event.at)
    }

    /// The step owed before an event at `instant` by a case that waits on `step` (its next unfired step, or
    /// the step stored with it): `step` itself, when it fell due before the event.
    ///
    /// Events at an instant come before timers at the same instant, so a step due exactly at the event's
    /// instant is not owed: the event is judged first.
    public static func owed(waitingOn step: PendingStep?, before instant: Instant) -> PendingStep? {
        guard let step, step.due < instant else { return nil }
        return step
    }

    /// Whether any step of `projection` may be owed before `event`: its earliest step, fired or not, is due
    /// before it (no unfired step can be due earlier than the earliest of all). A cheap test that spares
    /// reading the fired tiers for the many events that come before any step is due.
    public static func mayOwe(_ projection: CaseProjection?, before event: CaseEvent) -> Bool {
        guard let first = projection?.steps.first else { return false }
        return first.due < event.at
    }

    /// The step to store with `projection` (the case after its latest event): `owed` (the first step owed
    /// before one of its events, see ``owed(before:case:fired:)``) if any, else its next step not in `fired`
    /// (the tiers of its current cycle that already fired).
    public static func stored(owed: PendingStep?, after projection: CaseProjection, fired: Set<TierName>) -> PendingStep? {
        owed ?? projection.nextStep(excluding: fired)
    }
}
