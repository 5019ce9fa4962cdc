import CaseWatchCore
import Prometheus

/// The daemon's metrics in a Prometheus registry: what is counted as it happens (events ingested over HTTP,
/// escalations fired, their detection lateness) and the gauges `/metrics` sets from the store at each scrape
/// (``ScrapedGauges``).
///
/// Every metric is made with a ``MetricNameDescriptor`` (name and help text): `promtool check metrics`
/// refuses metrics without help, which swift-metrics' factory API cannot give.
public final class APIMetrics: Sendable {
    /// The registry every metric of the daemon is in; `/metrics` emits it.
    public let registry: PrometheusCollectorRegistry
    private let eventsIngested: Counter
    private let escalations: [TierName: Counter]
    private let lateness: ValueHistogram
    /// The gauges set from the store at each scrape.
    let scraped: ScrapedGauges
    /// The pending steps by tier, counted now and then.
    let tiers: TierCountCache

    /// The lateness histogram's buckets, in seconds: from a tick's fraction to a long catch-up.
    public static let latenessBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 60, 600, 3_600]

    /// Metrics in a new registry of their own; the pending steps by tier are counted at most every
    /// `tierRefreshInterval` (5 minutes by default).
    public init(tierRefreshInterval: Duration = .seconds(300)) {
        tiers = TierCountCache(refreshInterval: tierRefreshInterval)
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        eventsIngested = registry.makeCounter(descriptor: MetricNameDescriptor(
            namespace: "casewatch", metricName: "http_events_ingested", unitName: "total",
            helpText: "Events appended to the event log through POST /v1/events by this daemon."
        ))
        let escalationDescriptor = MetricNameDescriptor(
            namespace: "casewatch", metricName: "escalations", unitName: "total", helpText: "Escalation steps this daemon fired, by tier."
        )
        var escalations: [TierName: Counter] = [:]
        for tier in TierName.allCases {
            escalations[tier] = registry.makeCounter(descriptor: escalationDescriptor, labels: [("tier", tier.rawValue)])
        }
        self.escalations = escalations
        lateness = registry.makeValueHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "casewatch", metricName: "detection_lateness", unitName: "seconds",
                helpText: "How long after its due instant each escalation step was fired (a catch-up after downtime counts the downtime)."
            ),
            buckets: Self.latenessBuckets
        )
        scraped = ScrapedGauges(registry: registry)
    }

    /// Counts `count` events appended through the API.
    public func eventsIngested(_ count: Int) {
        guard count > 0 else { return }
        eventsIngested.increment(by: Int64(count))
    }

    /// Counts the escalations the supervision just fired, by tier, and observes how late each was: the
    /// real time `nanosecondsSinceEpoch` (the daemon's clock as it reports them) after its due instant.
    public func escalationsFired(_ fired: [Escalation], nanosecondsSinceEpoch now: Int64) {
        for escalation in fired {
            escalations[escalation.tier]?.increment()
            let late = max(0, now - escalation.dueAt.secondsSinceEpoch * 1_000_000_000)
            lateness.record(Double(late) / 1e9)
        }
    }

    /// The registry in the Prometheus text format.
    public func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
