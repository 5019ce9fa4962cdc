import CaseWatchHTTP
import Logging
import ServiceLifecycle

extension APITestBed {
    /// Runs the daemon's HTTP service over the bed (``APIServer/application(_:address:tls:onRunning:)``) on a
    /// free port of 127.0.0.1 (over TLS with `tls`) during `body`, which is given the port; stops it after.
    func serving(tls: TLSFiles? = nil, _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let (ports, port) = AsyncStream.makeStream(of: Int.self)
        let service = try APIServer.application(environment, address: ListenAddress(host: "127.0.0.1", port: 0), tls: tls) { port.yield($0) }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [service], logger: Logger(label: "test")))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let bound = await iterator.next()!
            var failure: (any Error)?
            do { try await body(bound) } catch { failure = error }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            if let failure { throw failure }
        }
    }
}
