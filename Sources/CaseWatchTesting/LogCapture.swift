import Logging
import Synchronization

/// Collects the lines a logger writes, for assertions on what a supervisor or daemon said.
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

    private let lines = Mutex<[Line]>([])

    /// An empty capture.
    public init() {}

    /// Every line so far.
    public var all: [Line] { lines.withLock { $0 } }

    /// The lines with `message` so far.
    public func lines(_ message: String) -> [Line] { all.filter { $0.message == message } }

    /// A logger writing into this capture at every level.
    public func logger() -> Logger {
        Logger(label: "test") { _ in Handler(capture: self) }
    }

    fileprivate func append(_ line: Line) { lines.withLock { $0.append(line) } }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
            capture.append(Line(level: event.level, message: "\(event.message)", metadata: merged.mapValues { "\($0)" }))
        }
    }
}
