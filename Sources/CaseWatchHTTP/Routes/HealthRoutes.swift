import CaseWatchStore
import Hummingbird

/// `GET /healthz` (the process answers) and `GET /readyz` (the wheel is filled and the store writable),
/// for load balancers and orchestrators; no credential needed, nothing about cases revealed.
enum HealthRoutes {
    /// Adds the two routes.
    static func add(to router: Router<APIContext>, environment: APIEnvironment) {
        router.get("healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("readyz") { _, _ in
            guard environment.link.isWheelFilled else {
                throw Problem(.notReady, "the daemon is still filling its wheel and catching up, or waits as a standby")
            }
            let writable = await BlockingWork.run("casewatch.http.readyz") { environment.store.isWritable() }
            guard writable else {
                throw Problem(.notReady, "the store cannot be written now (locked past its timeout, a full or read-only disk)")
            }
            return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ready\n")))
        }
    }
}

extension ProblemType {
    /// The daemon runs but does not supervise yet, or cannot write its store (503).
    public static let notReady = ProblemType(slug: "not-ready", title: "Not ready", status: .serviceUnavailable)
}
