import CaseWatchStore
import Hummingbird

/// `GET /metrics`: the daemon's metrics in the Prometheus text format, for a scraper; no credential needed
/// (like the health routes, it reveals counts, never a case). The gauges are read from the store at each
/// scrape, through indexes alone (see ``StoreGauges``).
enum MetricsRoutes {
    /// The exposition format's media type.
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Adds the route.
    static func add(to router: Router<APIContext>, environment: APIEnvironment) {
        router.get("metrics") { request, _ in
            try OperationsQuery.refuseUnknown(in: request, allowed: [])
            let metrics = environment.metrics
            let store = environment.store
            let gauges = try await BlockingWork.run("casewatch.http.metrics") { try store.read { try $0.gauges() } }
            let tiers = await metrics.tiers.counts(in: store)
            metrics.scraped.update(gauges, tiers: tiers, wheelFilled: environment.link.isWheelFilled)
            return Response(
                status: .ok, headers: [.contentType: contentType],
                body: .init(byteBuffer: ByteBuffer(bytes: metrics.exposition()))
            )
        }
    }
}
