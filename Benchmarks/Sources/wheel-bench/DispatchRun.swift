import Dispatch

/// The workload as one `DispatchSourceTimer` per case on one serial queue, scheduled 1–25 h ahead so that
/// none fires: create, schedule and activate per timer, then cancel a random half.
enum DispatchRun {
    static func measure(_ workload: TimerWorkload) -> Figures {
        _ = run(workload.warmUp)
        return run(workload)
    }

    private static func run(_ workload: TimerWorkload) -> Figures {
        let queue = DispatchQueue(label: "wheel-bench.timers")
        // The owner's table is filled before the baseline so that only Dispatch's own growth is counted (with a
        // placeholder timer, not nil: an all-zero fill may become calloc and leave its pages untouched).
        let placeholder = DispatchSource.makeTimerSource(queue: queue)
        placeholder.activate()
        var timers = [DispatchSourceTimer](repeating: placeholder, count: workload.size)
        let base = DispatchTime.now()
        let before = residentBytes()
        let scheduleWatch = Stopwatch()
        for (caseID, deadline) in workload.deadlines.enumerated() {
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: base + .milliseconds(Int(deadline - TimerWorkload.start)))
            timer.setEventHandler {}
            timer.activate()
            timers[caseID] = timer
        }
        let schedule = scheduleWatch.nanoseconds
        let bytes = Double(residentBytes() - before) / Double(workload.size)
        let cancelWatch = Stopwatch()
        for caseID in workload.cancelled {
            timers[caseID].cancel()
        }
        let cancel = cancelWatch.nanoseconds
        for timer in timers { timer.cancel() }
        queue.sync {}
        return Figures(
            schedule: schedule / Double(workload.size), cancel: cancel / Double(workload.cancelled.count),
            fire: nil, bytesPerTimer: bytes
        )
    }
}
