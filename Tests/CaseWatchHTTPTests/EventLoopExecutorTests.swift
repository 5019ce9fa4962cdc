@testable import CaseWatchHTTP
import CaseWatchStore
import NIOPosix
import Testing

/// The HTTP service's handlers run on the event loops, their threads marked for brief blocking work.
@Suite struct EventLoopExecutorTests {
    let executor = EventLoopExecutor(group: MultiThreadedEventLoopGroup.singleton)

    @Test func tasksUnderThePreferenceRunOnAnEventLoopAndSoDoTheirChildren() async {
        #expect(MultiThreadedEventLoopGroup.currentEventLoop == nil, "the test itself runs on the cooperative pool")
        let inside = await withTaskExecutorPreference(executor) {
            MultiThreadedEventLoopGroup.currentEventLoop != nil && BriefBlockingThreads.isMarked
        }
        #expect(inside)
        let children = await withTaskExecutorPreference(executor) {
            await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<8 { group.addTask { MultiThreadedEventLoopGroup.currentEventLoop != nil } }
                return await group.reduce(true) { $0 && $1 }
            }
        }
        #expect(children, "a server's connection tasks inherit it")
    }

    @Test func briefWorkRunsWhereTheHandlerStandsAndLongWorkLeavesTheLoop() async throws {
        let (inline, offLoop) = try await withTaskExecutorPreference(executor) {
            let inline = try await BlockingWork.runBrief("test.brief") { MultiThreadedEventLoopGroup.currentEventLoop != nil }
            let offLoop = await BlockingWork.run("test.long") { MultiThreadedEventLoopGroup.currentEventLoop == nil }
            return (inline, offLoop)
        }
        #expect(inline)
        #expect(offLoop, "a commit or a scan never holds an event loop")
    }
}
