/// Which jobs are in flight, by receiver: the lanes that keep one slow or dead receiver from holding up the
/// others.
struct LaneBook {
    private var inFlight: [String: Set<String>] = [:]
    private(set) var total = 0

    /// What the next read of the queue leaves out: full lanes, and jobs already in flight.
    func exclusion(_ limits: DispatchLimits) -> DueExclusion {
        DueExclusion(
            receivers: Set(inFlight.filter { $0.value.count >= limits.perReceiver }.keys),
            jobKeys: inFlight.values.reduce(into: Set<String>()) { $0.formUnion($1) })
    }

    /// Takes `job` into its receiver's lane if both the lane and the overall limit have room and it is not
    /// already in flight.
    mutating func admit(_ job: DeliveryJob, _ limits: DispatchLimits) -> Bool {
        let lane = inFlight[job.receiver.name, default: []]
        guard total < limits.overall, lane.count < limits.perReceiver, !lane.contains(job.idempotencyKey) else {
            return false
        }
        inFlight[job.receiver.name, default: []].insert(job.idempotencyKey)
        total += 1
        return true
    }

    /// Frees `job`'s place in its lane.
    mutating func release(_ job: DeliveryJob) {
        guard inFlight[job.receiver.name]?.remove(job.idempotencyKey) != nil else { return }
        total -= 1
        if inFlight[job.receiver.name]?.isEmpty == true { inFlight[job.receiver.name] = nil }
    }
}
