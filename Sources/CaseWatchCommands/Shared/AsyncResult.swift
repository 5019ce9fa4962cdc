import Dispatch

/// Runs async work from a synchronous command (on the main thread, never a cooperative one) and waits for it.
enum AsyncResult {
    /// The result of `body`, waited for.
    static func wait<Result: Sendable>(_ body: @escaping @Sendable () async -> Result) -> Result {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<Result>()
        Task {
            box.value = await body()
            done.signal()
        }
        done.wait()
        return box.value!
    }
}

/// Holds a result across the semaphore that orders its write before its read.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    var value: Value?
}
