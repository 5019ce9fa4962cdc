import Testing

import CaseWatchWheel

/// The memory a pending timer costs.
@Suite("Timer wheel layout")
struct TimerWheelLayoutTests {
    @Test func smallPayloadFitsInThirtyTwoBytes() {
        #expect(TimerWheel<Int64>.bytesPerEntry == 32)
        #expect(TimerWheel<UInt32>.bytesPerEntry == 32)
    }

    @Test func sixLevelsSpanTwoToTheThirtySix() {
        #expect(TimerWheel<Int64>().span == 1 << 36)
        #expect(TimerWheel<Int64>(levels: 10).span == 1 << 60)
    }
}
