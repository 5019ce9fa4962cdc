/// Which ladder steps of a case fire by an instant: the pure heart of the engine's fire path.
public enum LadderFiring {
    /// The escalations of every step of `projection` not yet in `fired` that is due by `now`, in due
    /// order, detected at `detectedAt`; and the step that comes next.
    public static func due(
        _ projection: CaseProjection, policy: Policy, fired: Set<TierName>, now: Instant, detectedAt: Instant
    ) -> (escalations: [Escalation], next: PendingStep?) {
        var done = fired
        var escalations: [Escalation] = []
        guard let unit = projection.unit else { return ([], projection.nextStep(excluding: done)) }
        while let step = projection.nextStep(excluding: done), step.due <= now {
            done.insert(step.tier)
            guard let tier = policy.ladder.first(where: { $0.name == step.tier }) else { continue }
            escalations.append(Escalation(
                caseID: projection.caseID, cycle: projection.cycle, tier: step.tier, unit: unit, dueAt: step.due,
                detectedAt: detectedAt, points: tier.points, signoffLevel: tier.signoffLevel
            ))
        }
        return (escalations, projection.nextStep(excluding: done))
    }
}
