/// The poll beside the wakes: yields to a wake signal every interval until its task is cancelled, so work
/// that falls due by time alone (a retry, a group wait, a notice another process wrote) is seen.
enum PollTicker {
    /// Yields to `signal` every `interval` until cancelled.
    static func run(every interval: Duration, signal: AsyncStream<Void>.Continuation) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            signal.yield()
        }
    }
}
