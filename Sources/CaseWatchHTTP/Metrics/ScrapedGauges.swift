import CaseWatchCore
import CaseWatchStore
import Prometheus
import Synchronization

/// The gauges `/metrics` sets from the store at each scrape (``StoreGauges``), in an ``APIMetrics`` registry.
///
/// A label set seen at one scrape and gone at the next (a receiver whose deliveries all went out) is set to
/// 0, not left at its last value. Delivery attempts are a counter: it grows by what the store's count grew.
final class ScrapedGauges: Sendable {
    private let registry: PrometheusCollectorRegistry
    private let seen = Mutex<(labels: [String: Set<[String]>], attempts: Int?)>(([:], nil))
    private let attempts: Counter

    /// Gauges in `registry`.
    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        attempts = registry.makeCounter(descriptor: MetricNameDescriptor(
            namespace: "casewatch", metricName: "delivery_attempts", unitName: "total",
            helpText: "Delivery attempts recorded in the store (by any daemon that supervised it)."
        ))
    }

    /// Sets every gauge from `gauges`, `tiers` (the pending steps by tier, nil until first counted) and
    /// whether the wheel is filled.
    func update(_ gauges: StoreGauges, tiers: [TierName: Int]?, wheelFilled: Bool) {
        set("open_cases", "Open cases (every status but closed), by status.", label: ["status"],
            values: Dictionary(uniqueKeysWithValues: CaseStatus.allCases.filter { $0 != .closed }.map { ([$0.rawValue], gauges.casesByStatus[$0.rawValue] ?? 0) }))
        set("pending_steps", "Open cases with a next escalation step stored.", values: [[]: gauges.pendingSteps])
        if let tiers {
            set("pending_steps_by_tier", "Open cases' next escalation steps by tier (counted at most every 5 minutes: no index holds the tier).",
                label: ["tier"], values: Dictionary(uniqueKeysWithValues: TierName.allCases.map { ([$0.rawValue], tiers[$0] ?? 0) }))
        }
        set("signoffs_pending", "Sign-offs waiting for a leader's decision, by level.", label: ["level"],
            values: Dictionary(uniqueKeysWithValues: SignoffAuthority.levels.map { ([$0], gauges.signoffsPendingByLevel[$0] ?? 0) }))
        var deliveries: [[String]: Int] = [:]
        for (receiver, statuses) in gauges.deliveriesByReceiver {
            for (status, count) in statuses { deliveries[[receiver, status]] = count }
        }
        set("deliveries", "Deliveries not sent: queued (pending, failed and waiting for a retry) or dead, by receiver.",
            label: ["receiver", "status"], values: deliveries)
        set("notices_unrouted", "Notices written and not yet routed to their receivers.", values: [[]: gauges.unroutedNotices])
        set("event_log_position", "The event log's last position: every event appended by any process.", values: [[]: Int(gauges.eventLogPosition)])
        set("wheel_filled", "1 when this daemon supervises (its wheel is filled and caught up), else 0.", values: [[]: wheelFilled ? 1 : 0])
        let grown = seen.withLock { state -> Int in
            defer { state.attempts = gauges.deliveryAttempts }
            return max(0, gauges.deliveryAttempts - (state.attempts ?? 0))
        }
        if grown > 0 { attempts.increment(by: Int64(grown)) }
    }

    /// Sets gauge `casewatch_<name>` for each label value list in `values`, and to 0 those seen before and
    /// absent now.
    private func set(_ name: String, _ help: String, label names: [String] = [], values: [[String]: Int]) {
        let descriptor = MetricNameDescriptor(namespace: "casewatch", metricName: name, unitName: "", helpText: help)
        let gone = seen.withLock { state -> Set<[String]> in
            let before = state.labels[name] ?? []
            state.labels[name] = before.union(values.keys)
            return before.subtracting(values.keys)
        }
        for (labels, value) in values { gauge(descriptor, names, labels).set(Int64(value)) }
        for labels in gone { gauge(descriptor, names, labels).set(Int64(0)) }
    }

    private func gauge(_ descriptor: MetricNameDescriptor, _ names: [String], _ labels: [String]) -> Gauge {
        names.isEmpty ? registry.makeGauge(descriptor: descriptor) : registry.makeGauge(descriptor: descriptor, labels: Array(zip(names, labels)))
    }
}
