extension WorkCalendar {
    /// The deadline that `duration` after `start` reaches, with the clock paused during `pauses`.
    ///
    /// Implements DESIGN.md §2: the due instant is the earliest instant at which the budget is used up;
    /// pauses add back exactly the counted time they cover after the clock starts.
    public func deadline(from start: Instant, adding duration: ClockDuration, pauses: PauseSet = .none) -> Deadline {
        var silent = SilentRecorder()
        return deadline(from: start, adding: duration, pauses: pauses, recorder: &silent)
    }

    /// The deadline and the timeline from `start` to it: the stretches counted, paused, skipped as
    /// non-working, and the start day of a working-day deadline.
    public func explainDeadline(
        from start: Instant, adding duration: ClockDuration, pauses: PauseSet = .none
    ) -> (deadline: Deadline, timeline: [TimelineSegment]) {
        var recorder = TimelineRecorder()
        let result = deadline(from: start, adding: duration, pauses: pauses, recorder: &recorder)
        return (result, recorder.segments)
    }

    /// The deadline reached when `budget` seconds of `deadline`'s own clock, counted from its clock start,
    /// are used up: the basis of ladder tiers at a percentage of a deadline.
    public func deadline(consuming budget: Int64, of deadline: Deadline, pauses: PauseSet = .none) -> Deadline {
        var silent = SilentRecorder()
        let start = deadline.clockStart.secondsSinceEpoch
        let walked = deadline.countsWallTime
            ? walkWall(from: start, budget: budget, pauses: pauses.raw, recorder: &silent)
            : walkWorking(from: start, budget: budget, pauses: pauses.raw, recorder: &silent)
        let provisional = !deadline.countsWallTime
            && !(rules.coveredDays.contains(table.day(containing: start)) && rules.coveredDays.contains(walked.lastDay))
        return Deadline(
            due: Instant(secondsSinceEpoch: walked.end), clockStart: deadline.clockStart, budget: budget,
            countsWallTime: deadline.countsWallTime, provisional: provisional
        )
    }

    /// The working time, in seconds, between two instants, leaving out pauses; zero when `end` is not
    /// after `start`.
    public func workingTime(from start: Instant, to end: Instant, pauses: PauseSet = .none) -> Int64 {
        guard end > start else { return 0 }
        var silent = SilentRecorder()
        return walkWorking(
            from: start.secondsSinceEpoch, budget: .max, limit: end.secondsSinceEpoch,
            pauses: pauses.raw, recorder: &silent
        ).consumed
    }

    /// The wall time, in seconds, between two instants, leaving out pauses; zero when `end` is not after
    /// `start`.
    public func wallTime(from start: Instant, to end: Instant, pauses: PauseSet = .none) -> Int64 {
        guard end > start else { return 0 }
        var silent = SilentRecorder()
        return walkWall(
            from: start.secondsSinceEpoch, budget: .max, limit: end.secondsSinceEpoch,
            pauses: pauses.raw, recorder: &silent
        ).consumed
    }

    /// The working time of the `count` working days that follow the day containing `start`, and the
    /// first and last of those days; the search stops at ``Limits/computationHorizonYear``.
    func workingDayBudget(after start: Int64, count: Int64) -> (budget: Int64, first: Int, last: Int) {
        let startDay = table.day(containing: start)
        let horizonDay = max(startDay + 1, Int(Limits.horizonSeconds / 86_400))
        var day = startDay
        var found: Int64 = 0
        var budget: Int64 = 0
        while found < count, day < horizonDay {
            day += 1
            let spans = table.spans(ofDay: day)
            guard !spans.isEmpty else { continue }
            found += 1
            for span in spans { budget += span.end - span.start }
        }
        return (budget, startDay + 1, day)
    }

    func deadline<R: WalkRecorder>(
        from start: Instant, adding duration: ClockDuration, pauses: PauseSet, recorder: inout R
    ) -> Deadline {
        let s = start.secondsSinceEpoch
        switch duration.kind {
        case .calendar:
            let walked = walkWall(from: s, budget: duration.amount, pauses: pauses.raw, recorder: &recorder)
            return Deadline(
                due: Instant(secondsSinceEpoch: walked.end), clockStart: start,
                budget: duration.amount, countsWallTime: true, provisional: false
            )
        case .workingTime:
            let walked = walkWorking(from: s, budget: duration.amount, pauses: pauses.raw, recorder: &recorder)
            let firstDay = table.day(containing: s)
            return Deadline(
                due: Instant(secondsSinceEpoch: walked.end), clockStart: start,
                budget: duration.amount, countsWallTime: false,
                provisional: !rules.coveredDays.contains(firstDay) || !rules.coveredDays.contains(walked.lastDay)
            )
        case .workingDays:
            let plan = workingDayBudget(after: s, count: duration.amount)
            let clockStart = table.start(ofDay: plan.first)
            recorder.record(.startDay, s, clockStart)
            let walked = walkWorking(from: clockStart, budget: plan.budget, pauses: pauses.raw, recorder: &recorder)
            return Deadline(
                due: Instant(secondsSinceEpoch: walked.end), clockStart: Instant(secondsSinceEpoch: clockStart),
                budget: plan.budget, countsWallTime: false,
                provisional: !rules.coveredDays.contains(plan.first) || !rules.coveredDays.contains(walked.lastDay)
            )
        }
    }
}
