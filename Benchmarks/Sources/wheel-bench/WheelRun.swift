import CaseWatchWheel

/// The workload on `TimerWheel<Int64>` with a 1 ms tick, firing by following `nextExpiry()` as a daemon does.
enum WheelRun {
    /// How the measured round is run.
    enum Variant {
        /// On a fresh wheel, after a small warm-up: the slab grows as timers are scheduled.
        case fresh
        /// On a wheel that has already run one full round: every timer reuses a cell freed in that round.
        case reused
        /// As `fresh`, but the same cancels are made in slab order (a control: same work, no cache misses).
        case cancelInSlabOrder
    }

    static func measure(_ workload: TimerWorkload, _ variant: Variant) -> Figures {
        var warm = TimerWheel<Int64>(now: TimerWorkload.start)
        _ = round(workload.warmUp, on: &warm, after: 0, cancelInOrder: false)
        var wheel = TimerWheel<Int64>(now: TimerWorkload.start)
        let first = round(workload, on: &wheel, after: 0, cancelInOrder: variant == .cancelInSlabOrder)
        guard variant == .reused else { return first }
        var second = round(workload, on: &wheel, after: workload.end - TimerWorkload.start, cancelInOrder: false)
        second.bytesPerTimer = first.bytesPerTimer
        return second
    }

    /// Schedules the workload (deadlines shifted by `offset`), cancels its random half and fires the rest.
    private static func round(
        _ workload: TimerWorkload, on wheel: inout TimerWheel<Int64>, after offset: UInt64, cancelInOrder: Bool
    ) -> Figures {
        // The owner's handle table is filled before the baseline so that only the wheel's growth is counted
        // (with a non-zero placeholder: an all-zero fill may become calloc and leave its pages untouched).
        var scratch = TimerWheel<Int64>()
        _ = scratch.schedule(0, at: 0)
        var handles = Array(repeating: scratch.schedule(0, at: 0), count: workload.size)
        let cancelled = cancelInOrder ? workload.cancelled.sorted() : workload.cancelled
        let before = residentBytes()
        let scheduleWatch = Stopwatch()
        for (caseID, deadline) in workload.deadlines.enumerated() {
            handles[caseID] = wheel.schedule(Int64(caseID), at: deadline + offset)
        }
        let schedule = scheduleWatch.nanoseconds
        let bytes = Double(residentBytes() - before) / Double(workload.size)
        let cancelWatch = Stopwatch()
        for caseID in cancelled {
            wheel.cancel(handles[caseID])
        }
        let cancel = cancelWatch.nanoseconds
        var fired = 0
        var checksum: Int64 = 0
        let fireWatch = Stopwatch()
        while let tick = wheel.nextExpiry(), tick <= workload.end + offset {
            wheel.advance(to: tick) { _, caseID, _ in
                fired += 1
                checksum &+= caseID
            }
        }
        let fire = fireWatch.nanoseconds
        precondition(fired == workload.size - cancelled.count && wheel.isEmpty && checksum != -1)
        return Figures(
            schedule: schedule / Double(workload.size), cancel: cancel / Double(cancelled.count),
            fire: fire / Double(fired), bytesPerTimer: bytes
        )
    }
}
