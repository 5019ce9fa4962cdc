import CaseWatchCore

/// Which jobs are in flight, by receiver: the lanes that keep one slow or dead receiver from holding up the
/// others; and which jobs are held back because their last attempt could not be recorded.
struct LaneBook {
    private var inFlight: [String: Set<String>] = [:]
    private var held: [String: Instant] = [:]
    private(set) var total = 0

    /// What the next read of the queue at `now` leaves out: full lanes, jobs in flight, jobs still held.
    mutating func exclusion(_ limits: DispatchLimits, now: Instant) -> DueExclusion {
        held = held.filter { $0.value > now }
        return DueExclusion(
            receivers: Set(inFlight.filter { $0.value.count >= limits.perReceiver }.keys),
            jobKeys: inFlight.values.reduce(into: Set(held.keys)) { $0.formUnion($1) })
    }

    /// Keeps `key` from being attempted again before `until` (its attempt went unrecorded: the queue still
    /// shows it due, and sending it again at once would hammer the receiver while the queue is failing).
    mutating func hold(_ key: String, until: Instant) {
        held[key] = until
    }

    /// Takes `job` into its receiver's lane if both the lane and the overall limit have room and it is not
    /// already in flight.
    mutating func admit(_ job: DeliveryJob, _ limits: DispatchLimits) -> Bool {
        let lane = inFlight[job.receiver.name, default: []]
        guard total < limits.overall, lane.count < limits.perReceiver, !lane.contains(job.idempotencyKey),
            held[job.idempotencyKey] == nil
        else {
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
