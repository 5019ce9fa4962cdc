import CaseWatchStore
import Dispatch

/// The seat of a daemon supervising an SQLite file: the ``SupervisorLock`` on the file, its record beside
/// it, the escalation log's mark beside it, and a watch of its files.
public struct LockSeats: SupervisorSeats {
    /// The store supervised.
    public let store: any CaseStore

    /// The seats of the SQLite store `store` (its ``CaseStore/location`` is the file's path).
    public init(store: any CaseStore) {
        self.store = store
    }

    /// Takes the file's lock; nil when another daemon holds it.
    public func take() throws -> (any SupervisorSeat)? {
        do {
            return LockSeat(lock: try SupervisorLock.acquire(forDatabase: store.location), store: store)
        } catch {
            if case .held = error { return nil }
            throw error
        }
    }

    /// The lock's refusal, naming the holder as its record file tells it.
    public func heldRefusal() -> any Error & Sendable {
        let (_, record) = SupervisorLock.inspect(forDatabase: store.location)
        return SupervisorLock.Refusal.held(path: SupervisorLock.path(forDatabase: store.location), by: record)
    }

    /// Standbys of an SQLite file are not listed: nothing to publish.
    public func publishStandby(_ record: DaemonRecord) {}

    /// The lock's state and its file's record.
    public func inspect() -> SeatInspection {
        let (held, record) = SupervisorLock.inspect(forDatabase: store.location)
        return SeatInspection(held: held, record: record)
    }

    /// The mark file beside the database.
    public func escalationLogMark() throws -> EscalationLogMark? {
        try EscalationLogMark.open(forDatabase: store.location)
    }

    /// An inotify watch of the database's files.
    public func watch(queue: DispatchQueue, onChange: @escaping @Sendable () -> Void) -> (any StoreWatch)? {
        DatabaseWatch.start(database: store.location, queue: queue, onChange: onChange)
    }
}

/// A held ``SupervisorLock``: held until the process ends or releases it, never lost.
final class LockSeat: SupervisorSeat, @unchecked Sendable {
    /// The lock (its publishing is serialized by the one cycle that calls it).
    private var lock: SupervisorLock?
    let store: any CaseStore

    init(lock: SupervisorLock, store: any CaseStore) {
        self.lock = lock
        self.store = store
    }

    func publish(_ record: DaemonRecord) { lock?.publish(record) }

    var isLost: Bool { false }

    var lossReason: String? { nil }

    func release() { lock = nil }
}
