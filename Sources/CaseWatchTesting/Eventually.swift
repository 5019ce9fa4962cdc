/// Waits until `condition` holds, re-checking it every 10 ms up to `timeout`; returns whether it held. For
/// a condition on what another task or process does, which says nothing when it has: polled with a bound,
/// never slept on for a fixed time.
public func eventually(timeout: Duration = .seconds(30), _ condition: () throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while try !condition() {
        guard ContinuousClock.now < deadline else { return try condition() }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return true
}
