import CaseWatchCore
import CaseWatchStore

/// Turns the outbox's new notices into deliveries by the routing, in pages, each page one transaction.
///
/// A notice older than a receiver's maximum age when it is routed (it waited while no daemon delivered, or
/// before deliveries were configured) is not sent to that receiver: it would be dead on arrival, and a year of
/// stale warnings must not flood a receiver added today.
struct NoticeRouter {
    let routing: NotifyRouting
    let calendar: WorkCalendar?

    /// Routes up to `pageSize` unrouted notices at `now`; returns how many notices were routed and how many
    /// deliveries made.
    func routePage(_ writer: any StoreWriter, now: Instant, pageSize: Int = 500) throws -> (notices: Int, deliveries: Int) {
        let notices = try writer.reader.unroutedNotices(limit: pageSize)
        guard !notices.isEmpty else { return (0, 0) }
        let leaders = try writer.leaders()
        var lineages: [UnitID: [UnitID]] = [:]
        var made = 0
        for (id, notice) in notices {
            let lineage = try lineages[notice.unit] ?? writer.reader.lineage(of: notice.unit)
            lineages[notice.unit] = lineage
            let planned = routing.plan(notice, lineage: lineage, leaders: leaders, calendar: calendar, now: now)
                .filter { delivery in
                    let maxAge = routing.receivers[delivery.receiver]?.maxAgeSeconds ?? 0
                    return notice.at.adding(seconds: maxAge) > now
                }
            made += try writer.route(notice: id, deliveries: planned, at: now)
        }
        return (notices.count, made)
    }
}
