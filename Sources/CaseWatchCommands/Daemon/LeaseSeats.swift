import CaseWatchEngine
import CaseWatchPostgres
import CaseWatchStore
import Dispatch
import Foundation

/// The seat of a daemon supervising a PostgreSQL store that several hosts share: the
/// ``SupervisionLease``, its members' rows for `casewatch status`, and LISTEN/NOTIFY as the watch of the
/// store's writes (``PostgresWriteWatch``); no mark file (the escalation log starts from the last escalation
/// at takeover).
struct LeaseSeats: SupervisorSeats {
    /// The lease this daemon takes.
    let lease: SupervisionLease

    /// Takes the lease; nil when another daemon holds it.
    func take() throws -> (any SupervisorSeat)? {
        guard let epoch = try lease.acquire() else { return nil }
        return LeaseSeat(lease: lease, epoch: epoch)
    }

    /// Says who holds the lease.
    func heldRefusal() -> any Error & Sendable {
        let holding = try? lease.holding()
        return LeaseHeld(holder: holding?.holder, epoch: holding?.epoch, location: lease.store.location)
    }

    /// Writes this standby's row.
    func publishStandby(_ record: DaemonRecord) {
        try? lease.publishMember(host: record.host, pid: Int64(record.pid), state: "standby", record: Self.json(record))
    }

    /// The lease's holder and epoch, and the daemons heard from within three leases (of this seat's duration or
    /// the holder's, whichever is longer: `casewatch status` knows no daemon's `--lease`).
    func inspect() -> SeatInspection {
        let holding = try? lease.holding()
        let members = (try? lease.members(within: max(lease.duration, holding?.duration ?? .zero) * 3)) ?? []
        let records = Dictionary(members.map { ($0.holder, Self.record(of: $0)) }, uniquingKeysWith: { first, _ in first })
        let active = holding?.inForce == true
        return SeatInspection(
            held: active, record: holding.flatMap { records[$0.holder] }, epoch: holding?.epoch,
            standbys: members.filter { $0.holder != holding?.holder && $0.state == "standby" }.map(Self.record(of:))
        )
    }

    /// No mark file beside a database that is not a file.
    func escalationLogMark() throws -> EscalationLogMark? { nil }

    /// No watch: the log is read every follow interval.
    /// Listens for committed writes; nil when the server refuses LISTEN (then the log is read every follow interval).
    func watch(queue: DispatchQueue, onChange: @escaping @Sendable () -> Void) -> (any StoreWatch)? {
        PostgresWriteWatch.start(location: lease.store.postgresLocation, queue: queue, onChange: onChange)
    }

    /// A record as the member row keeps it.
    static func json(_ record: DaemonRecord) -> String? {
        (try? JSONEncoder().encode(record)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A member row as a record (its own JSON, else what the row says).
    static func record(of member: SupervisionLease.Member) -> DaemonRecord {
        if let text = member.record, let record = try? JSONDecoder().decode(DaemonRecord.self, from: Data(text.utf8)) {
            return record
        }
        return DaemonRecord(
            pid: Int32(truncatingIfNeeded: member.pid), host: member.host, state: member.state, startedAt: 0,
            heartbeatAt: Int64(Date().timeIntervalSince1970) - member.silentSeconds, waiting: 0, nextDue: nil, logPosition: 0
        )
    }
}

/// Another daemon holds the supervision lease.
struct LeaseHeld: Error, CustomStringConvertible {
    /// Its holder name and epoch, when the lease could be read.
    let holder: String?
    let epoch: Int64?
    /// The store.
    let location: String

    /// Who supervises the store.
    var description: String {
        let who = holder.map { "\($0), epoch \(epoch ?? 0)" } ?? "holder unknown"
        return "another casewatchd (\(who)) supervises \(location)"
    }
}

extension PostgresWriteWatch: StoreWatch {}
