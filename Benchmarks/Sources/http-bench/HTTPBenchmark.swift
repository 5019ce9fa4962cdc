import BenchSupport
import AsyncHTTPClient
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import Foundation
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// The HTTP benchmark's run: the service and the supervision in process, the load from an HTTP client.
struct HTTPBenchmark {
    let seconds: Int
    let connections: Int
    /// Events per second POSTed at fixed intervals (open loop) instead of as fast as the connections go.
    var rate: Int? = nil

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("http-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let catalog = try ConfigLoader.loadPolicySet(at: try BenchPolicies.write(in: directory, shippedPolicies: "../policies"))
        let store = try SQLiteCaseStore.create(at: directory.appendingPathComponent("http.sqlite").path)
        try store.write { try $0.upsertUnits([OrgUnit(id: UnitID(BenchEvents.unit), name: "bench", level: .community, parent: nil)]) }

        var logger = Logger(label: "http-bench")
        logger.logLevel = .warning
        let link = SupervisionLink()
        let fired = FiredLog()
        let supervision = SupervisionService(
            store: store, catalog: catalog, reload: { catalog }, logger: logger, fired: { fired.record($0) }, link: link
        )
        let environment = APIEnvironment(
            store: store, policies: CurrentPolicies(catalog), link: link, authenticator: BenchKey(), logger: logger
        )
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let http = try APIServer.application(environment, address: ListenAddress(host: "127.0.0.1", port: 0)) { portSink.yield($0) }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [supervision, http], logger: logger))
        let daemon = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { return }
        while !link.isWheelFilled { try await Task.sleep(for: .milliseconds(10)) }

        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = connections
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let base = "http://127.0.0.1:\(port)"
        print("== http-bench: \(seconds) s per phase, \(connections) connections, 2 cores shared by client and daemon")

        let ingest = try await ingestPhase(client: client, base: base, key: BenchKey.header, unit: BenchEvents.unit)
        // The overdue steps of the last requests fall due 13 s after them: wait for them (bounded).
        let lastDue = ingest.endSeconds + 14
        let deadline = ContinuousClock.now + .seconds(30)
        while wallNanoseconds() < lastDue * 1_000_000_000 + 1_000_000_000, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(200))
        }
        let underLoad = Distribution(fired.lateness(dueIn: (ingest.startSeconds + 1)...ingest.endSeconds))
        let after = Distribution(fired.lateness(dueIn: (ingest.startSeconds + 1)...lastDue))
        print("  detection lateness of steps due during the load (\(underLoad.sorted.count) escalations): \(underLoad.summary)")
        print("  detection lateness of all the load's steps (\(after.sorted.count) escalations): \(after.summary)")

        _ = try await readPhase(client: client, base: base, key: BenchKey.header, requests: ingest.requests)

        try await client.shutdown()
        await group.triggerGracefulShutdown()
        _ = try? await daemon.value
    }

    /// The two HTTP phases against a running daemon at `base`, with `key`; events dispatched to `unit`.
    func run(against base: String, key: String, unit: String) async throws {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = connections
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        print("== http-bench against \(base): \(seconds) s per phase, \(connections) connections")
        let ingest = try await ingestPhase(client: client, base: base, key: "Bearer \(key)", unit: unit)
        _ = try await readPhase(client: client, base: base, key: "Bearer \(key)", requests: ingest.requests)
        try await client.shutdown()
    }

    struct Phase {
        var requests = 0
        var latencies: [Int64] = []
        var elapsed = 0.0
        var startSeconds: Int64 = 0
        var endSeconds: Int64 = 0
    }

    /// POSTs of 100 events for `seconds`, with the authorization header `key`: from every connection as fast as
    /// they are answered, or, with a `rate`, one request every 100/`rate` s whatever the answers (open loop; a
    /// request's latency counts from when it was due to be sent, so a slow answer delays no measurement).
    private func ingestPhase(client: HTTPClient, base: String, key: String, unit: String) async throws -> Phase {
        let next = Atomic<Int>(0)
        let start = wallNanoseconds()
        let end = start + Int64(seconds) * 1_000_000_000
        let post = { @Sendable () async throws in
            let (number, _) = next.add(1, ordering: .relaxed)
            var request = HTTPClientRequest(url: base + "/v1/events")
            request.method = .POST
            request.headers.add(name: "Authorization", value: key)
            request.headers.add(name: "Content-Type", value: "application/json")
            let events = BenchEvents.body(request: number, unit: unit, nowSeconds: wallNanoseconds() / 1_000_000_000)
            request.body = .bytes(ByteBuffer(data: events))
            let response = try await client.execute(request, timeout: .seconds(60))
            let body = try await response.body.collect(upTo: 1 << 20)
            guard response.status == .ok else { fatalError("POST answered \(response.status): \(String(buffer: body))") }
        }
        var phase: Phase
        if let rate {
            phase = try await paced(every: Int64(2 * BenchEvents.casesPerRequest) * 1_000_000_000 / Int64(rate), from: start, until: end, post)
        } else {
            phase = try await load { () async throws -> Bool in
                guard wallNanoseconds() < end else { return false }
                try await post()
                return true
            }
        }
        phase.elapsed = Double(wallNanoseconds() - start) / 1e9
        phase.startSeconds = start / 1_000_000_000
        phase.endSeconds = end / 1_000_000_000
        let events = phase.requests * 2 * BenchEvents.casesPerRequest
        let pacing = rate.map { ", paced at \($0) events/s" } ?? ""
        print(String(format: "POST /v1/events (100 events each, durable%@): %d requests, %d events in %.2f s: %.0f events/s",
                     pacing, phase.requests, events, phase.elapsed, Double(events) / phase.elapsed))
        print("  request latency: \(Distribution(phase.latencies).summary)")
        return phase
    }

    /// Starts `request` every `interval` ns from `start` until `end`, each on its own task (the client's pool
    /// queues what its connections cannot take yet); each latency counts from the request's due start.
    private func paced(every interval: Int64, from start: Int64, until end: Int64, _ request: @escaping @Sendable () async throws -> Void) async throws -> Phase {
        try await withThrowingTaskGroup(of: Int64.self) { group in
            var due = start
            while due < end {
                let now = wallNanoseconds()
                if due > now { try await Task.sleep(for: .nanoseconds(due - now)) }
                let scheduled = due
                group.addTask {
                    try await request()
                    return wallNanoseconds() - scheduled
                }
                due += interval
            }
            var phase = Phase()
            for try await latency in group {
                phase.latencies.append(latency)
                phase.requests += 1
            }
            return phase
        }
    }

    /// GETs of random stored cases from every connection for `seconds`, with the authorization header `key`.
    private func readPhase(client: HTTPClient, base: String, key: String, requests posted: Int) async throws -> Phase {
        let start = wallNanoseconds()
        let end = start + Int64(seconds) * 1_000_000_000
        var phase = try await load { () async throws -> Bool in
            guard wallNanoseconds() < end else { return false }
            let id = BenchEvents.caseID(request: Int.random(in: 0..<posted), index: Int.random(in: 0..<BenchEvents.casesPerRequest))
            var request = HTTPClientRequest(url: base + "/v1/cases/" + id)
            request.headers.add(name: "Authorization", value: key)
            let response = try await client.execute(request, timeout: .seconds(60))
            let body = try await response.body.collect(upTo: 1 << 20)
            guard response.status == .ok else { fatalError("GET \(id) answered \(response.status): \(String(buffer: body))") }
            return true
        }
        phase.elapsed = Double(wallNanoseconds() - start) / 1e9
        print(String(format: "GET /v1/cases/{id}: %d requests in %.2f s: %.0f requests/s", phase.requests, phase.elapsed, Double(phase.requests) / phase.elapsed))
        print("  request latency: \(Distribution(phase.latencies).summary)")
        return phase
    }

    /// Runs `request` in a loop on every connection until it returns false; the latencies of those that ran.
    private func load(_ request: @escaping @Sendable () async throws -> Bool) async throws -> Phase {
        try await withThrowingTaskGroup(of: [Int64].self) { group in
            for _ in 0..<connections {
                group.addTask {
                    var latencies: [Int64] = []
                    while true {
                        let started = wallNanoseconds()
                        guard try await request() else { return latencies }
                        latencies.append(wallNanoseconds() - started)
                    }
                }
            }
            var phase = Phase()
            for try await latencies in group {
                phase.latencies += latencies
                phase.requests += latencies.count
            }
            return phase
        }
    }
}
