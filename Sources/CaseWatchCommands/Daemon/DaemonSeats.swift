import CaseWatchEngine
import CaseWatchPostgres
import CaseWatchStore

/// Where the daemon takes its seat as the one supervisor, by its store's kind.
enum DaemonSeats {
    /// The SQLite file's lock, or the PostgreSQL lease of `leaseDuration` held under a name unique to this
    /// process run.
    static func make(for store: any CaseStore, leaseDuration: Duration) -> any SupervisorSeats {
        guard let postgres = store as? PostgresCaseStore else { return LockSeats(store: store) }
        return LeaseSeats(lease: SupervisionLease(store: postgres, holder: SupervisionLease.uniqueHolder(), duration: leaseDuration))
    }
}
