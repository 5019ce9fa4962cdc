import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `GET /v1/status` (scope read): what `casewatch status` shows, as JSON in the display zone: the daemon
/// holding the lock and its heartbeat, the open cases and pending steps, the next due step, the outbox.
@Suite struct StatusRoutesTests {
    @Test func theStatusShowsTheDaemonAndWhatWaitsAsTheCommandDoes() async throws {
        let f = try OpsFixture()
        let expected = try DaemonStatus.read(f.store, at: f.clock.now)
        let lock = try SupervisorLock.acquire(forDatabase: f.store.path)
        let heartbeat = f.clock.now.adding(seconds: -4)
        lock.publish(DaemonRecord(
            pid: 4242, host: "test-host", state: "running", startedAt: heartbeat.secondsSinceEpoch - 600,
            heartbeatAt: heartbeat.secondsSinceEpoch, waiting: expected.pendingSteps, nextDue: expected.nextDue?.secondsSinceEpoch, logPosition: 24
        ))
        defer { withExtendedLifetime(lock) {} }
        do {
            try await f.application().test(.router) { client in
                try await client.execute(uri: "/v1/status", method: .get, headers: .bearer("read-key")) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "application/json")
                    let object = try OpsFixture.object(response.body)
                    #expect(object["open_cases"] as? Int == expected.openCases)
                    #expect(object["pending_steps"] as? Int == expected.pendingSteps)
                    #expect(object["next_due"] as? String == expected.nextDue.map { InstantFormatter.format($0, in: f.zone) })
                    #expect((object["next_due"] as? String)?.hasSuffix("+08:00") == true, "instants in the display zone")
                    #expect(object["escalations_last_hour"] as? Int == expected.escalationsLastHour)
                    #expect(object["now"] as? String == "2026-10-12T12:00:00+08:00")
                    #expect(object["database"] == nil, "the database's path stays on the host")
                    let daemon = try #require(object["daemon"] as? [String: Any])
                    #expect(daemon["active"] as? Bool == true)
                    #expect(daemon["state"] as? String == "running")
                    #expect(daemon["pid"] as? Int == 4242)
                    #expect(daemon["heartbeat_at"] as? String == InstantFormatter.format(heartbeat, in: f.zone))
                    #expect(daemon["heartbeat_age_seconds"] as? Int == 4)
                    #expect(daemon["log_position"] as? Int == 24)
                    #expect(daemon["wheel_filled"] as? Bool == false)
                    let outbox = try #require(object["outbox"] as? [String: Any])
                    #expect(outbox["depth"] as? Int == expected.outbox.depth)
                    #expect(outbox["dead"] as? Int == expected.outbox.dead)
                    let version = try #require(object["version"] as? [String: Any])
                    #expect(version["api"] as? String == "v1")
                    #expect(version["schema"] as? String == SQLiteCaseStore.migrationIdentifiers.last)
                }
            }
        }
    }

    @Test func aStoppedDaemonIsShownStoppedWithItsLastHeartbeat() async throws {
        let f = try OpsFixture()
        do {
            let lock = try SupervisorLock.acquire(forDatabase: f.store.path)
            lock.publish(DaemonRecord(pid: 7, host: "h", state: "stopped", startedAt: 1, heartbeatAt: f.clock.now.secondsSinceEpoch - 60, waiting: 0, nextDue: nil, logPosition: 0))
        }
        try await f.application().test(.router) { client in
            try await client.execute(uri: "/v1/status", method: .get, headers: .bearer("read-key")) { response in
                let daemon = try #require(try OpsFixture.object(response.body)["daemon"] as? [String: Any])
                #expect(daemon["active"] as? Bool == false)
                #expect(daemon["state"] as? String == "stopped")
                #expect(daemon["heartbeat_age_seconds"] as? Int == 60)
            }
        }
    }

    @Test func theStatusNeedsTheReadScopeAndTakesNoParameters() async throws {
        let f = try OpsFixture(cases: 1)
        try await f.application().test(.router) { client in
            try await client.execute(uri: "/v1/status", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/status", method: .get, headers: .bearer("ingest-key")) { response in
                #expect(response.status == .forbidden)
                #expect(String(buffer: response.body).contains("'read' scope"))
            }
            try await client.execute(uri: "/v1/status?verbose=1", method: .get, headers: .bearer("read-key")) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(String(buffer: response.body).contains("unknown query parameter 'verbose'"))
            }
        }
    }
}
