import Testing

@testable import CaseWatchWheel

/// The memory a pending timer costs.
@Suite("Timer wheel layout")
struct TimerWheelLayoutTests {
    @Test func smallPayloadCellFitsInThirtyTwoBytes() {
        #expect(MemoryLayout<WheelEntry<Int64>>.stride == 32)
        #expect(MemoryLayout<WheelEntry<UInt32>>.stride == 32)
    }

    @Test func pendingTimerCostsThirtySixBytesWithItsSideGeneration() {
        #expect(TimerWheel<Int64>.bytesPerEntry == 36, "a 32-byte cell and a 4-byte generation")
        #expect(TimerWheel<UInt32>.bytesPerEntry == 36)
        #expect(TimerWheel<Int64>.bytesPerEntry <= 40)
    }

    @Test func sixLevelsSpanTwoToTheThirtySix() {
        #expect(TimerWheel<Int64>().span == 1 << 36)
        #expect(TimerWheel<Int64>(levels: 10).span == 1 << 60)
    }
}
