import CaseWatchStore
import Testing

@Suite("BlockingExecutor")
struct BlockingExecutorTests {
    @Test("code under the executor's preference runs on its threads; other code does not")
    func preference() async {
        let executor = BlockingExecutor(label: "test.blocking-executor")
        #expect(!BlockingExecutor.isCurrent)
        let inside = await withTaskExecutorPreference(executor) { BlockingExecutor.isCurrent }
        #expect(inside)
        // Child tasks inherit the preference: a server's connection tasks run there too.
        let children = await withTaskExecutorPreference(executor) {
            await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<8 { group.addTask { BlockingExecutor.isCurrent } }
                return await group.reduce(true) { $0 && $1 }
            }
        }
        #expect(children)
    }

    @Test("brief work runs where it is asked on the executor's threads, and off the caller's pool elsewhere")
    func briefWork() async throws {
        let executor = BlockingExecutor(label: "test.blocking-executor")
        let inline = try await withTaskExecutorPreference(executor) {
            try await BlockingWork.runBrief("test.brief") { BlockingExecutor.isCurrent }
        }
        #expect(inline)
        // Outside, it goes to a queue of its own: not an executor's thread, and not the pool it came from.
        let hopped = try await BlockingWork.runBrief("test.brief") { BlockingExecutor.isCurrent }
        #expect(!hopped)
    }
}
