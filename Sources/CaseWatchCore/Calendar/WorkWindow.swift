/// A daily working window in local wall time, such as 09:00–12:00: a half-open interval of seconds
/// after local midnight. The end may be 24:00 (86 400) for a window that runs to midnight.
public struct WorkWindow: Hashable, Sendable, CustomStringConvertible {
    /// Seconds after local midnight at which the window opens.
    public let start: Int
    /// Seconds after local midnight at which the window closes (exclusive), at most 86 400.
    public let end: Int

    /// Creates a window, or returns nil unless `0 <= start < end <= 86_400`.
    public init?(start: Int, end: Int) {
        guard start >= 0, end <= 86_400, start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// The window's length in seconds.
    public var length: Int { end - start }

    /// Whether the two windows share any second (touching windows do not overlap).
    public func overlaps(_ other: WorkWindow) -> Bool {
        start < other.end && other.start < end
    }

    /// The window as `HH:MM-HH:MM` (with seconds when they are not zero).
    public var description: String {
        "\(WorkWindow.clock(start))-\(WorkWindow.clock(end))"
    }

    /// Formats seconds after midnight as `HH:MM` or `HH:MM:SS`.
    static func clock(_ seconds: Int) -> String {
        let base = "\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2))"
        return seconds % 60 == 0 ? base : base + ":\(pad(seconds % 60, 2))"
    }
}
