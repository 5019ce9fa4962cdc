import Foundation

/// What a running daemon says of itself in its lock file: who it is, when it last looked, what waits.
///
/// Rewritten at every heartbeat without a sync (it is a report, not a record: the store holds the truth).
public struct DaemonRecord: Codable, Sendable, Equatable {
    /// The daemon's process id.
    public var pid: Int32
    /// The machine it runs on.
    public var host: String
    /// `starting`, `catching-up`, `running`, `standby` or `stopped`.
    public var state: String
    /// When it started, seconds since the epoch on its clock.
    public var startedAt: Int64
    /// When it last completed a cycle, seconds since the epoch on its clock.
    public var heartbeatAt: Int64
    /// How many cases wait on its wheel.
    public var waiting: Int
    /// The earliest instant its wheel may fire at, if any.
    public var nextDue: Int64?
    /// The position in the event log it has followed to.
    public var logPosition: Int64

    /// A record.
    public init(
        pid: Int32, host: String, state: String, startedAt: Int64, heartbeatAt: Int64, waiting: Int, nextDue: Int64?,
        logPosition: Int64
    ) {
        self.pid = pid
        self.host = host
        self.state = state
        self.startedAt = startedAt
        self.heartbeatAt = heartbeatAt
        self.waiting = waiting
        self.nextDue = nextDue
        self.logPosition = logPosition
    }

    /// The record as one JSON line.
    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    /// The record in `bytes`, nil if they hold none.
    static func decode(_ bytes: [UInt8]) -> DaemonRecord? {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try? decoder.decode(DaemonRecord.self, from: Data(bytes))
    }
}

extension DaemonRecord {
    /// This machine's name, as records give it.
    public static let hostName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()
}
