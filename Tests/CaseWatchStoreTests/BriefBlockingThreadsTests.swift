import CaseWatchStore
import Testing

@Suite("BriefBlockingThreads")
struct BriefBlockingThreadsTests {
    @Test("a thread is marked only inside running, and a nested mark leaves it marked")
    func marking() {
        #expect(!BriefBlockingThreads.isMarked)
        BriefBlockingThreads.running {
            #expect(BriefBlockingThreads.isMarked)
            BriefBlockingThreads.running { #expect(BriefBlockingThreads.isMarked) }
            #expect(BriefBlockingThreads.isMarked)
        }
        #expect(!BriefBlockingThreads.isMarked)
    }

    @Test("brief work from an unmarked thread goes to a queue of its own, never blocking the caller's pool")
    func briefWorkHopsFromUnmarkedThreads() async throws {
        let marked = try await BlockingWork.runBrief("test.brief") { BriefBlockingThreads.isMarked }
        #expect(!marked)
    }
}
