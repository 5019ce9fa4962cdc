import ServiceLifecycle

/// A service run with a task executor of its own as its tasks' preferred executor: the HTTP application's
/// connection tasks, and so every request handler, run on that executor's threads (the event loops, with
/// ``EventLoopExecutor``) instead of Swift's cooperative pool, and may read the store by primary key where
/// they stand.
struct HandlerThreads<Wrapped: Service>: Service {
    /// The service whose tasks run on the executor (the HTTP application).
    let wrapped: Wrapped
    /// The executor its tasks prefer.
    let executor: any TaskExecutor

    /// Runs the wrapped service under the executor preference, which its child tasks inherit.
    func run() async throws {
        try await withTaskExecutorPreference(executor) { try await wrapped.run() }
    }
}
