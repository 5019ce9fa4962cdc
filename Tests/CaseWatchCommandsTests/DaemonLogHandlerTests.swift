@testable import CaseWatchCommands
import Foundation
import Logging
import Synchronization
import Testing

/// The daemon's text log: one line per event, whatever the message and values hold.
@Suite struct DaemonLogHandlerTests {
    @Test func aValueOrMessageWithANewlineOrEscapeStaysOnItsLine() {
        let written = Mutex<String>("")
        let console = Console { text, _ in written.withLock { $0 += text } }
        let handler = DaemonLogHandler(format: .text, console: console)
        handler.log(event: LogEvent(
            level: .notice, message: "escalation\n2026-10-23T10:00:00.000Z notice escalation case=FAKE",
            metadata: ["case": .string("C1\n2026-10-23T10:00:00.000Z notice escalation case=FAKE tier=leadership\u{1B}[1A")],
            source: "test", file: #fileID, function: #function, line: #line
        ))
        let text = written.withLock { $0 }
        #expect(text.split(separator: "\n").count == 1, "\(text)")
        #expect(text.contains(#"escalation\n2026-10-23T10:00:00.000Z notice escalation case=FAKE "#))
        #expect(text.contains(#"case="C1\n2026-10-23T10:00:00.000Z notice escalation case=FAKE tier=leadership\u{1B}[1A""#))
        #expect(!text.contains("\u{1B}"))
    }
}
