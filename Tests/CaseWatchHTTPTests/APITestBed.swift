import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

/// A store with the repository's unit tree, the shipped policies, a manual clock and the fixed test keys,
/// behind the API's router: what the route tests of events and cases share.
///
/// `@unchecked Sendable`: every stored property is a constant set in `init`, and the scratch store is
/// only read (its directory or database is removed when the bed goes away).
final class APITestBed: @unchecked Sendable {
    let scratch: ScratchStore
    let policies: PolicySet
    let clock: ManualClock
    let link: SupervisionLink
    let environment: APIEnvironment

    /// The instant the clock starts at: Monday 2026-10-12 12:00 in Changchun (+08:00).
    static let start = try! InstantParser.parseWithOffset("2026-10-12T12:00:00+08:00")

    /// A fresh bed on a new store of `backend`; `limits` bound its clients.
    init(limits: HTTPLimits = HTTPLimits(), link: SupervisionLink = SupervisionLink(), backend: StoreBackend = .sqlite) throws {
        scratch = try backend.makeStore()
        policies = try HTTPFixtures.policies()
        clock = ManualClock(Self.start)
        self.link = link
        let units = try ConfigLoader.loadUnits(at: HTTPFixtures.repositoryRoot + "/seeds/units.yaml")
        try scratch.store.write { try $0.upsertUnits(units) }
        environment = APIEnvironment(
            store: scratch.store, policies: CurrentPolicies(policies), link: link, authenticator: FixedKeys(), limits: limits,
            clock: clock, logger: Logger(label: "test")
        )
    }

    var store: any CaseStore { scratch.store }

    /// The application serving the API's router.
    func application() -> some ApplicationProtocol {
        Application(router: APIServer.router(environment))
    }

    /// How many events the log holds.
    func eventCount() throws -> Int {
        try store.read { try $0.eventCount() }
    }

    /// An intake line of `type` for case `caseID`, dated `minutesAgo` minutes before the clock's start.
    static func line(_ id: String, case caseID: String, _ type: String, minutesAgo: Int64 = 60, fields: [String: String] = [:]) -> String {
        IntakeLine.json(id: id, case: caseID, type: type, at: start.adding(seconds: -60 * minutesAgo), fields: fields)
    }

    /// An urgent noise case registered and dispatched to `unit` `minutesAgo` minutes before the start.
    static func noiseCase(_ caseID: String, unit: String = "cc.nanguan", minutesAgo: Int64 = 60) -> [String] {
        [
            line("\(caseID)-1", case: caseID, "registered", minutesAgo: minutesAgo, fields: ["category": "environment.noise", "urgency": "urgent"]),
            line("\(caseID)-2", case: caseID, "dispatched", minutesAgo: minutesAgo, fields: ["unit": unit]),
        ]
    }

    /// Lines as a JSON array body.
    static func array(_ lines: [String]) -> ByteBuffer {
        ByteBuffer(string: "[" + lines.joined(separator: ",\n") + "]")
    }

    /// Lines as an NDJSON body.
    static func ndjson(_ lines: [String]) -> ByteBuffer {
        ByteBuffer(string: lines.joined(separator: "\n") + "\n")
    }

    /// Headers of a POST of a JSON array by the ingest key.
    static let jsonPost: HTTPFields = [.authorization: "Bearer ingest-key", .contentType: "application/json"]
    /// Headers of a GET by the read key.
    static let readGet: HTTPFields = [.authorization: "Bearer read-key"]
}

/// A response body as a JSON object.
func jsonObject(_ buffer: ByteBuffer) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [String: Any] ?? [:]
}
