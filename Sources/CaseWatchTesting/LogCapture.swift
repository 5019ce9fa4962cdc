import InMemoryLogging
import Logging

/// Collects the lines a logger writes, for assertions on what a supervisor or daemon said.
///
/// The lines are kept by swift-log's `InMemoryLogHandler`; this reads them back as text.
public final class LogCapture: Sendable {
    /// One captured line: its level, message and metadata rendered as `key=value`.
    public struct Line: Sendable {
        /// The level it was logged at.
        public let level: Logger.Level
        /// The message, as written.
        public let message: String
        /// The logger's and the line's metadata merged (the line's win), each value rendered as text.
        public let metadata: [String: String]
    }

    private let handler = InMemoryLogHandler()

    /// An empty capture.
    public init() {}

    /// Every line so far.
    public var all: [Line] {
        handler.entries.map { Line(level: $0.level, message: "\($0.message)", metadata: $0.metadata.mapValues { "\($0)" }) }
    }

    /// The lines with `message` so far.
    public func lines(_ message: String) -> [Line] { all.filter { $0.message == message } }

    /// A logger writing into this capture at every level.
    public func logger() -> Logger {
        var logger = Logger(label: "test") { _ in self.handler }
        logger.logLevel = .trace
        return logger
    }
}
