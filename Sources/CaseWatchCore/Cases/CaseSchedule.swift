/// One ladder tier of a case with the instant it falls due.
public struct ScheduledTier: Hashable, Sendable {
    /// The tier as the policy defines it.
    public let tier: LadderTier
    /// When it falls due.
    public let due: Instant
    /// Whether the instant rests on a year the calendar does not cover.
    public let provisional: Bool
}

/// Every deadline and ladder instant of a case registered at one instant under one policy.
public struct CaseSchedule: Hashable, Sendable {
    /// The targets applied, with their sources.
    public let targets: [DeadlineKind: ResolvedTarget]
    /// The deadlines, from the case's start.
    public let deadlines: [DeadlineKind: Deadline]
    /// The ladder tiers in policy order.
    public let tiers: [ScheduledTier]

    /// Computes the schedule of a case of `category` and `urgency` whose clocks start at `start`.
    ///
    /// A tier at a percentage consumes that share of its deadline's budget from the deadline's clock start;
    /// a tier after the deadline adds its duration to the due instant. Pauses apply to every clock.
    public init(
        policy: Policy, calendar: WorkCalendar, category: CaseCategory?, urgency: Urgency,
        start: Instant, pauses: PauseSet = .none
    ) throws(UnknownUrgencyError) {
        let targets = try policy.targets(category: category, urgency: urgency)
        var deadlines: [DeadlineKind: Deadline] = [:]
        for (kind, target) in targets {
            deadlines[kind] = calendar.deadline(from: start, adding: target.duration, pauses: pauses)
        }
        self.targets = targets
        self.deadlines = deadlines
        self.tiers = CaseSchedule.tiers(of: policy.ladder, deadlines: deadlines, calendar: calendar, pauses: pauses)
    }

    /// The instant each tier of `ladder` falls due against the given deadlines.
    ///
    /// A tier at a percentage consumes that share of its deadline's budget from the deadline's clock start;
    /// a tier after the deadline adds its duration to the due instant. Tiers whose deadline is missing from
    /// `deadlines` are left out.
    public static func tiers(
        of ladder: [LadderTier], deadlines: [DeadlineKind: Deadline], calendar: WorkCalendar, pauses: PauseSet
    ) -> [ScheduledTier] {
        ladder.compactMap { tier in
            guard let deadline = deadlines[tier.deadline] else { return nil }
            switch tier.trigger {
            case let .percent(basisPoints):
                let share = deadline.budget * Int64(basisPoints) / 10_000
                let reached = calendar.deadline(consuming: share, of: deadline, pauses: pauses)
                // The share is of a budget that may rest on an uncovered year: provisional with its deadline.
                return ScheduledTier(tier: tier, due: reached.due, provisional: reached.provisional || deadline.provisional)
            case let .after(duration):
                let later = calendar.deadline(from: deadline.due, adding: duration, pauses: pauses)
                return ScheduledTier(tier: tier, due: later.due, provisional: deadline.provisional || later.provisional)
            }
        }
    }
}
