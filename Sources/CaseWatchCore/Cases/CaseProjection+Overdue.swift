extension CaseProjection {
    /// Whether the case is open and past its accept deadline (not yet accepted) or its resolve deadline (not
    /// yet replied) at `now`, each deadline as in force after extensions.
    public func isOverdue(at now: Instant) -> Bool {
        guard status.isOpen else { return false }
        if let accept, accept.metAt == nil, accept.effectiveDue < now { return true }
        if let resolve, resolve.metAt == nil, resolve.effectiveDue < now { return true }
        return false
    }
}
