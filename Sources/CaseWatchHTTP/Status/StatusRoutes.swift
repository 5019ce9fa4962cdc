import CaseWatchEngine
import CaseWatchStore
import Foundation
import Hummingbird

/// `GET /v1/status` (scope read): whether the daemon supervises, its heartbeat, what waits and the outbox,
/// as `casewatch status` shows them (both read ``DaemonStatus``).
enum StatusRoutes {
    /// Adds the route to the `/v1` group.
    static func add(to v1: RouterGroup<APIContext>, environment: APIEnvironment) {
        v1.get("status") { request, context in
            _ = try context.require(.read)
            try OperationsQuery.refuseUnknown(in: request, allowed: [])
            let (store, clock) = (environment.store, environment.clock)
            let (status, schema) = try await BlockingWork.run("casewatch.http.status") {
                (try DaemonStatus.read(store, at: clock.now), try store.schemaVersion())
            }
            let document = StatusDocument(
                status, wheelFilled: environment.link.isWheelFilled, schema: schema, zone: environment.policies.current.displayZone
            )
            return try OperationsJSON.response(document)
        }
    }
}
