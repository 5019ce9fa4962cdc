import HeapModule

/// The workload on swift-collections' `Heap`, with lazy deletion: cancelling sets the case's bit in a
/// tombstone array (O(1)); the entry stays in the heap until it reaches the top and is skipped then.
enum HeapRun {
    /// One heap entry: a deadline and the case it is for.
    struct Timer: Comparable {
        var deadline: UInt64
        var caseID: Int64

        static func < (a: Timer, b: Timer) -> Bool { (a.deadline, a.caseID) < (b.deadline, b.caseID) }
    }

    static func measure(_ workload: TimerWorkload) -> Figures {
        _ = run(workload.warmUp)
        return run(workload)
    }

    private static func run(_ workload: TimerWorkload) -> Figures {
        var heap = Heap<Timer>()
        let before = residentBytes()
        var cancelled = [Bool](repeating: false, count: workload.size)
        let scheduleWatch = Stopwatch()
        for (caseID, deadline) in workload.deadlines.enumerated() {
            heap.insert(Timer(deadline: deadline, caseID: Int64(caseID)))
        }
        let schedule = scheduleWatch.nanoseconds
        let bytes = Double(residentBytes() - before) / Double(workload.size)
        let cancelWatch = Stopwatch()
        for caseID in workload.cancelled {
            cancelled[caseID] = true
        }
        let cancel = cancelWatch.nanoseconds
        var fired = 0
        var checksum: Int64 = 0
        let fireWatch = Stopwatch()
        while let top = heap.min, top.deadline <= workload.end {
            heap.removeMin()
            if cancelled[Int(top.caseID)] { continue }
            fired += 1
            checksum &+= top.caseID
        }
        let fire = fireWatch.nanoseconds
        precondition(fired == workload.size - workload.cancelled.count && heap.isEmpty && checksum != -1)
        return Figures(
            schedule: schedule / Double(workload.size), cancel: cancel / Double(workload.cancelled.count),
            fire: fire / Double(fired), bytesPerTimer: bytes
        )
    }
}
