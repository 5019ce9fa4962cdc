import CaseWatchEngine
import CaseWatchPostgres
import CaseWatchStore
import Dispatch
import Foundation
import Synchronization

/// A held PostgreSQL lease: renewed on a queue of its own every third of its length, whatever the
/// supervision is doing; lost when a renewal finds it gone, or when no renewal succeeded for a whole lease
/// (the database unreachable: another daemon may be supervising by now). Every write of the supervisor goes
/// through ``store``, fenced by the epoch taken, so a loss stops its writes even before the daemon sees it.
///
/// `@unchecked Sendable`: the timer is set up in `init` and only cancelled after (DispatchSource's own
/// calls are thread-safe); the renewal state sits behind its mutex.
final class LeaseSeat: SupervisorSeat, @unchecked Sendable {
    let store: any CaseStore
    private let lease: SupervisionLease
    private let epoch: Int64
    private let timer: DispatchSourceTimer
    private let state = Mutex<(lost: String?, renewedAt: ContinuousClock.Instant)>((nil, .now))

    init(lease: SupervisionLease, epoch: Int64) {
        self.lease = lease
        self.epoch = epoch
        store = lease.fencedStore(epoch: epoch)
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "casewatchd.lease"))
        let interval = lease.duration / 3
        timer.schedule(deadline: .now() + .nanoseconds(Int(interval.nanoseconds)), repeating: .nanoseconds(Int(interval.nanoseconds)))
        timer.setEventHandler { [weak self] in self?.renew() }
        timer.resume()
    }

    deinit {
        timer.cancel()
    }

    /// Renews the lease; notes its loss.
    private func renew() {
        do {
            if try lease.renew(epoch: epoch) {
                state.withLock { $0.renewedAt = .now }
            } else {
                state.withLock { $0.lost = $0.lost ?? "the lease of epoch \(epoch) expired or another daemon took it over" }
            }
        } catch {
            state.withLock { current in
                if current.lost == nil, ContinuousClock.now - current.renewedAt >= lease.duration {
                    current.lost = "no renewal of the lease of epoch \(epoch) succeeded for \(lease.duration) (\(error))"
                }
            }
        }
        if isLost { timer.cancel() }
    }

    func publish(_ record: DaemonRecord) {
        try? lease.publishMember(host: record.host, pid: Int64(record.pid), state: record.state, record: LeaseSeats.json(record))
    }

    var isLost: Bool { state.withLock { $0.lost != nil } }

    var lossReason: String? { state.withLock { $0.lost } }

    func release() {
        timer.cancel()
        if !isLost { try? lease.release(epoch: epoch) }
    }
}
