/// The timer structures the benchmark compares.
enum Subject: String, CaseIterable {
    case wheel
    case wheelReused = "wheel-reused"
    case wheelSlabOrder = "wheel-slab-order"
    case heap
    case dispatch

    /// The name shown in the table.
    var title: String {
        switch self {
        case .wheel: "TimerWheel<Int64>, 1 ms tick"
        case .wheelReused: "TimerWheel, 2nd round (cells reused)"
        case .wheelSlabOrder: "TimerWheel, cancels in slab order (control)"
        case .heap: "Heap (lazy deletion)"
        case .dispatch: "DispatchSourceTimer per case"
        }
    }

    /// Runs the workload on this structure in the current process.
    func measure(_ workload: TimerWorkload) -> Figures {
        switch self {
        case .wheel: WheelRun.measure(workload, .fresh)
        case .wheelReused: WheelRun.measure(workload, .reused)
        case .wheelSlabOrder: WheelRun.measure(workload, .cancelInSlabOrder)
        case .heap: HeapRun.measure(workload)
        case .dispatch: DispatchRun.measure(workload)
        }
    }
}
