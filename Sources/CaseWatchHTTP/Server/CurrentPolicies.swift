import CaseWatchConfig
import Synchronization

/// The policies in force in the daemon, shared by the supervision (which replaces them on SIGHUP) and the
/// HTTP service (which checks events and computes assessments under them).
public final class CurrentPolicies: Sendable {
    private let inForce: Mutex<PolicySet>

    /// Holds `set` until ``replace(with:)``.
    public init(_ set: PolicySet) {
        inForce = Mutex(set)
    }

    /// The policies in force now.
    public var current: PolicySet { inForce.withLock { $0 } }

    /// Puts `newSet` in force (after a reload the daemon accepted).
    public func replace(with newSet: PolicySet) {
        inForce.withLock { $0 = newSet }
    }
}
