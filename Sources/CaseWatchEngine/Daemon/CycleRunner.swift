import Dispatch

/// The daemon's ``SupervisionCycle`` on its own serial `DispatchQueue`: every wake, reload and stop runs
/// there, and the service's async run loop awaits it through a continuation. So a durable commit, a
/// million-case fill or a long catch-up blocks that queue's thread, never one of Swift's cooperative
/// threads (two on a two-core machine, shared with everything else that is async in the process).
///
/// `@unchecked Sendable` because the cycle is not `Sendable`. The invariant that makes it safe: the cycle
/// is only touched inside ``run(_:)``, whose bodies run one at a time on the serial queue.
final class CycleRunner: @unchecked Sendable {
    private var cycle: SupervisionCycle
    private let queue: DispatchQueue

    /// A runner owning `cycle`, running it on a serial queue labelled `label`.
    init(_ cycle: SupervisionCycle, label: String) {
        self.cycle = cycle
        queue = DispatchQueue(label: label)
    }

    /// Runs `body` on the cycle's queue and returns what it returns, suspending (not blocking) the caller.
    func run<Result: Sendable>(_ body: @escaping @Sendable (inout SupervisionCycle) -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body(&self.cycle)) }
        }
    }
}
