import CaseWatchStore
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// The daemon's HTTP service: the API v1, the supervision wall, health and metrics, as one Hummingbird
/// application that runs in the daemon's service group beside the supervision.
public enum APIServer {
    /// The router with every route of the service, failures answered as problems.
    public static func router(_ environment: APIEnvironment) -> Router<APIContext> {
        let router = Router(context: APIContext.self)
        router.add(middleware: ProblemMiddleware(logger: environment.logger))
        HealthRoutes.add(to: router, environment: environment)
        DocumentRoutes.add(to: router)
        MetricsRoutes.add(to: router, environment: environment)
        // Everything under /v1 but the document describing it needs a credential.
        let v1 = router.group("v1").add(middleware: AuthenticationMiddleware(authenticator: environment.authenticator))
        EscalationRoutes.add(to: v1, environment: environment)
        WallRoutes.add(to: router, v1: v1, environment: environment)
        SignoffRoutes.add(to: v1, environment: environment)
        StatusRoutes.add(to: v1, environment: environment)
        AssessmentRoutes.add(to: v1, environment: environment)
        EventRoutes.add(to: v1, environment: environment)
        CaseRoutes.add(to: v1, environment: environment)
        return router
    }

    /// The application listening on `address` (over TLS when `tls` is given), its handlers on its connections'
    /// event loops (``HandlerThreads`` with an ``EventLoopExecutor``); `onRunning` is told the port it bound (the chosen one when `address` asks for
    /// port 0). Throws ``TLSFiles/Unreadable`` when the TLS files
    /// cannot be used.
    public static func application(
        _ environment: APIEnvironment, address: ListenAddress, tls: TLSFiles? = nil,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some Service {
        let idle = TimeAmount.seconds(Int64(environment.limits.idleTimeoutSeconds))
        let slow = environment.limits.requestTimeoutSeconds
        let http1 = HTTPServerBuilder.http1(configuration: HTTP1Channel.Configuration(
            additionalChannelHandlers: SlowClientGuard.handlers(timeoutSeconds: slow), idleTimeout: idle
        ))
        let server = try tls.map { try HTTPServerBuilder.tls(http1, tlsConfiguration: try $0.configuration()) } ?? http1
        let application = Application(
            router: router(environment),
            server: server,
            configuration: ApplicationConfiguration(address: .hostname(address.host, port: address.port), serverName: "casewatchd"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? address.port) },
            eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup.singleton),
            logger: environment.logger
        )
        return HandlerThreads(wrapped: application, executor: EventLoopExecutor(group: MultiThreadedEventLoopGroup.singleton))
    }
}
