import CaseWatchStore
import Dispatch

/// What makes a daemon the one supervisor of its store while it holds it: on SQLite a lock on the database
/// file (``SupervisorLock``), on PostgreSQL a lease in the database with a fencing epoch.
public protocol SupervisorSeat: AnyObject, Sendable {
    /// The store the supervisor writes through while it holds the seat (on PostgreSQL, every write fenced
    /// by the seat's epoch).
    var store: any CaseStore { get }

    /// Publishes what the daemon says of itself (its heartbeat) where `casewatch status` reads it.
    func publish(_ record: DaemonRecord)

    /// Whether the seat was lost (its lease expired or another daemon took it over): the daemon must stop
    /// supervising at once. A lock held by the kernel is never lost.
    var isLost: Bool { get }

    /// Why the seat was lost, for the daemon's last line; nil while it is held.
    var lossReason: String? { get }

    /// Gives the seat up (a graceful stop), so that a standby takes over at once.
    func release()
}

/// Where a daemon takes its ``SupervisorSeat``, and the store-side services that go with it.
public protocol SupervisorSeats: Sendable {
    /// Takes the seat now; nil when another daemon holds it (a standby tries again), an error when it cannot
    /// be taken at all.
    func take() throws -> (any SupervisorSeat)?

    /// The error that says another daemon holds the seat (and who), thrown by a daemon that is no standby.
    func heldRefusal() -> any Error & Sendable

    /// Tells `casewatch status` that this daemon waits as a standby (nothing where standbys are not listed).
    func publishStandby(_ record: DaemonRecord)

    /// Whether a daemon holds the seat, what it last said of itself, its epoch (where seats have one) and the
    /// standbys' records.
    func inspect() -> SeatInspection

    /// Where the escalation log's position is kept across restarts; nil: in memory only.
    func escalationLogMark() throws -> EscalationLogMark?

    /// A watch that calls `onChange` on `queue` when another process writes to the store; nil when the
    /// store offers none (the daemon then reads the log periodically).
    func watch(queue: DispatchQueue, onChange: @escaping @Sendable () -> Void) -> (any StoreWatch)?
}

/// What ``SupervisorSeats/inspect()`` finds.
public struct SeatInspection: Sendable, Equatable {
    /// Whether a daemon holds the seat.
    public var held: Bool
    /// What the holder (or the last one) said of itself.
    public var record: DaemonRecord?
    /// The holder's fencing epoch, where seats have one.
    public var epoch: Int64?
    /// The daemons waiting as standbys.
    public var standbys: [DaemonRecord]

    /// An inspection of these findings.
    public init(held: Bool, record: DaemonRecord?, epoch: Int64? = nil, standbys: [DaemonRecord] = []) {
        self.held = held
        self.record = record
        self.epoch = epoch
        self.standbys = standbys
    }
}

/// A running watch of the store's writes.
public protocol StoreWatch: AnyObject, Sendable {
    /// Stops watching.
    func cancel()
}

extension DatabaseWatch: StoreWatch {}
