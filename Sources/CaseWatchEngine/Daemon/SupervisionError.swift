/// Why a supervision daemon stopped supervising on its own.
public enum SupervisionError: Error, Sendable, CustomStringConvertible {
    /// The daemon lost its seat (its lease expired, or another daemon took over); the reason says how.
    case seatLost(String)

    /// What happened, for the daemon's last line.
    public var description: String {
        switch self {
        case let .seatLost(reason): "lost the supervision seat: \(reason)"
        }
    }
}
