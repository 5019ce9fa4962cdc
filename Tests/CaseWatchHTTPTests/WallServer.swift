import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Logging
import ServiceLifecycle

/// A daemon's HTTP service and supervision in this process, on a store of the seeds' units, on the real
/// clock (the browser's page runs on it), with the test keys (``FixedKeys``).
struct WallServer {
    let temporary: TemporaryStore
    let environment: APIEnvironment
    let policies: PolicySet

    /// A server over a fresh store holding the seeds' units, reading time from `clock`.
    init(clock: any SupervisorClock = SystemClock()) throws {
        temporary = try TemporaryStore()
        policies = try HTTPFixtures.policies()
        let units = try ConfigLoader.loadUnits(at: HTTPFixtures.repositoryRoot + "/seeds/units.yaml")
        try temporary.store.write { try $0.upsertUnits(units) }
        environment = APIEnvironment(
            store: temporary.store, policies: CurrentPolicies(policies), link: SupervisionLink(), authenticator: FixedKeys(),
            clock: clock, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        )
    }

    /// Runs the supervision (when `supervising`) and the HTTP service on 127.0.0.1 (a free port) while
    /// `body` runs with the port and a way to shut them down gracefully, as SIGTERM does; shuts them down after.
    func run<T: Sendable>(
        supervising: Bool = true, _ body: @escaping @Sendable (_ port: Int, _ shutdown: @escaping @Sendable () async -> Void) async throws -> T
    ) async throws -> T {
        let (ports, port) = AsyncStream.makeStream(of: Int.self)
        let environment = environment
        var settings = SupervisionSettings()
        settings.tick = .milliseconds(10)
        let http = try APIServer.application(environment, address: ListenAddress(host: "127.0.0.1", port: 0)) { port.yield($0) }
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: http)]
        if supervising {
            let policies = policies
            services.append(.init(service: SupervisionService(
                store: environment.store, catalog: policies, clock: environment.clock, settings: settings,
                reload: { policies }, logger: environment.logger, fired: { environment.feed.escalationsCommitted($0) },
                link: environment.link
            )))
        }
        let group = ServiceGroup(configuration: .init(services: services, logger: environment.logger))
        return try await withThrowingTaskGroup(of: T?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            tasks.addTask {
                var ports = ports.makeAsyncIterator()
                guard let bound = await ports.next() else { throw CancellationError() }
                let result = try await body(bound) { await group.triggerGracefulShutdown() }
                await group.triggerGracefulShutdown()
                return result
            }
            var result: T?
            for try await value in tasks where value != nil { result = value }
            return result!
        }
    }
}
