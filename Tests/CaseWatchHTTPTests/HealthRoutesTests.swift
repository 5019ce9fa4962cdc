import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchTesting
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// `/healthz` answers while the process runs; `/readyz` only once the supervision has filled its wheel.
@Suite struct HealthRoutesTests {
    @Test func healthAnswersAndReadinessWaitsForTheWheel() async throws {
        let store = try TemporaryStore()
        let link = SupervisionLink()
        let environment = APIEnvironment(
            store: store.store, policies: CurrentPolicies(try HTTPFixtures.policies()), link: link,
            authenticator: RefuseAllAuthenticator(), logger: Logger(label: "test")
        )
        let app = Application(router: APIServer.router(environment))
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(String(buffer: response.body).contains("urn:casewatch:problem:not-ready"))
            }
            try await client.execute(uri: "/no/such/path", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("urn:casewatch:problem:not-found"))
            }
        }
    }
}
