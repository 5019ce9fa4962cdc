import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import Hummingbird
import HummingbirdTesting
import Logging
import ServiceLifecycle
import Testing

/// Events accepted by `POST /v1/events` reach the supervision's wheel at once: the route asks the running
/// supervision to follow the log, so a step already due fires without waiting for the next planned read.
@Suite struct IngestFollowTests {
    /// The first element of `stream` that satisfies `condition`, or nil when none has come within `timeout`.
    func first<T: Sendable>(
        of stream: AsyncStream<T>, within timeout: Duration, where condition: @escaping @Sendable (T) -> Bool
    ) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                for await element in stream where condition(element) { return element }
                return nil
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            let found = try await group.next()!
            group.cancelAll()
            return found
        }
    }

    @Test func aDueStepOfAPostedEventFiresWithoutWaitingForTheFollowInterval() async throws {
        let link = SupervisionLink()
        let bed = try APITestBed(link: link)
        var settings = SupervisionSettings()
        settings.followInterval = .seconds(3_600)
        let (supervising, startedSupervising) = AsyncStream.makeStream(of: Bool.self)
        let (fired, escalationFired) = AsyncStream.makeStream(of: String.self)
        let policies = bed.policies
        let service = SupervisionService(
            store: bed.store, catalog: policies, clock: bed.clock, settings: settings, reload: { policies }, logger: Logger(label: "test"),
            fired: { escalations in for escalation in escalations { escalationFired.yield(escalation.caseID.rawValue) } },
            supervising: { _ in startedSupervising.yield(true) }, link: link
        )
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [service], logger: Logger(label: "test")))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var failure: (any Error)?
            do {
                #expect(try await first(of: supervising, within: .seconds(30)) { $0 } == true)
                // Dispatched 5 hours ago with a resolve deadline of 4 hours: its steps are all due.
                let body = APITestBed.array(APITestBed.noiseCase("C1", minutesAgo: 5 * 60))
                try await bed.application().test(.router) { client in
                    try await client.execute(uri: "/v1/events", method: .post, headers: APITestBed.jsonPost, body: body) {
                        #expect($0.status == .ok)
                    }
                }
                let escalated = try await first(of: fired, within: .seconds(30)) { $0 == "C1" }
                #expect(escalated == "C1", "the supervision did not follow the log after the POST")
            } catch {
                failure = error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            if let failure { throw failure }
        }
    }
}
