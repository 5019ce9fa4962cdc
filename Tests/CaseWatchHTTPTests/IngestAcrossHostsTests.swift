import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

/// `POST /v1/events` on two hosts sharing one store: both post the same events at once, and each event is
/// stored once, the rest answered as duplicates; every case ends with its two events and its projection.
/// On PostgreSQL the two are separate stores (connection pools) on one database, as two hosts are.
@Suite struct IngestAcrossHostsTests {
    @Test(arguments: StoreBackend.allCases)
    func twoHostsPostingTheSameEventsStoreEachOnce(_ backend: StoreBackend) async throws {
        let bed = try APITestBed(backend: backend)
        let other = APIEnvironment(
            store: try bed.scratch.makeSecondStore(), policies: CurrentPolicies(bed.policies), link: SupervisionLink(),
            authenticator: FixedKeys(), limits: HTTPLimits(), clock: bed.clock, logger: Logger(label: "test")
        )
        let lines = (1...40).flatMap { APITestBed.noiseCase("H\($0)") }
        // Each host posts every event, in requests of ten, in its own order.
        let requests = stride(from: 0, to: lines.count, by: 10).map { Array(lines[$0..<min($0 + 10, lines.count)]) }
        let totals = Totals()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, environment) in [bed.environment, other].enumerated() {
                let order = index == 0 ? requests : requests.reversed()
                group.addTask {
                    try await Application(router: APIServer.router(environment)).test(.router) { client in
                        for body in order {
                            try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: APITestBed.array(body)) { response in
                                #expect(response.status == .ok)
                                let answer = jsonObject(response.body)
                                totals.add(stored: answer["stored"] as? Int ?? -1000, duplicates: answer["duplicates"] as? Int ?? -1000)
                            }
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(totals.stored == lines.count, "each event stored once")
        #expect(totals.duplicates == lines.count, "and answered as a duplicate to the other host")
        #expect(try bed.eventCount() == lines.count)
        let projections = try bed.store.read { reader throws in try (1...40).map { try reader.projection(of: CaseID("H\($0)")) } }
        #expect(projections.allSatisfy { $0?.status == .dispatched && $0?.eventCount == 2 })
    }
}

/// Counts added from concurrent requests.
final class Totals: Sendable {
    private let counts = Mutex((stored: 0, duplicates: 0))

    func add(stored: Int, duplicates: Int) {
        counts.withLock { $0.stored += stored; $0.duplicates += duplicates }
    }

    var stored: Int { counts.withLock { $0.stored } }
    var duplicates: Int { counts.withLock { $0.duplicates } }
}
