import Dispatch

/// Running work that blocks (a durable commit, opening a database, which may migrate it; reading
/// policy files) from async code without holding one of Swift's cooperative threads: the work runs on a
/// serial dispatch queue of its own, whose threads are not the cooperative pool's, and the caller is
/// suspended until it ends.
public enum BlockingWork {
    /// Runs `body` on a queue labelled `label` and returns (or throws) what it does.
    public static func run<Result: Sendable>(
        _ label: String, _ body: @escaping @Sendable () throws -> Result
    ) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue(label: label).async { continuation.resume(with: Swift.Result { try body() }) }
        }
    }

    /// Runs `body`, brief work that may block (a read by primary key), where the caller stands when its thread
    /// is marked for it (``BriefBlockingThreads``: an HTTP server's event loop running a handler), else on a
    /// queue labelled `label` like ``run(_:_:)``.
    public static func runBrief<Result: Sendable>(
        _ label: String, _ body: @escaping @Sendable () throws -> Result
    ) async throws -> Result {
        if BriefBlockingThreads.isMarked { return try body() }
        return try await run(label, body)
    }

    /// Runs `body`, which cannot fail, on a queue labelled `label` and returns what it does.
    public static func run<Result: Sendable>(_ label: String, _ body: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            DispatchQueue(label: label).async { continuation.resume(returning: body()) }
        }
    }
}
