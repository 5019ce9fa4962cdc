import CaseWatchEngine
@testable import CaseWatchHTTP
import CaseWatchTesting
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// A known path asked with another method is answered 405 with `Allow`; the table of known paths is the
/// OpenAPI document's, so neither can drift from the other.
@Suite struct KnownRoutesTests {
    @Test func theTableHoldsExactlyTheDocumentsPathsAndMethods() {
        var documented: [String: Set<String>] = [:]
        var path: String?
        for line in OpenAPIDocument.yaml.split(separator: "\n") {
            if line.hasPrefix("  /"), line.hasSuffix(":") {
                path = String(line.dropFirst(2).dropLast())
                documented[path!] = []
            } else if let current = path, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "patch", "delete"].contains(method) { documented[current]?.insert(method.uppercased()) }
            } else if !line.hasPrefix(" ") {
                path = nil
            }
        }
        let table = Dictionary(uniqueKeysWithValues: KnownRoutes.table.map { ($0.pattern, Set($0.methods.map(\.rawValue))) })
        #expect(table == documented)
    }

    @Test func aKnownPathWithAnotherMethodIsAnswered405WithAllow() async throws {
        let store = try TemporaryStore()
        let environment = APIEnvironment(
            store: store.store, policies: CurrentPolicies(try HTTPFixtures.policies()), link: SupervisionLink(),
            authenticator: FixedKeys(), logger: Logger(label: "test")
        )
        let app = Application(router: APIServer.router(environment))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/status", method: .trace) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
                #expect(String(buffer: response.body).contains("urn:casewatch:problem:method-not-allowed"))
            }
            try await client.execute(uri: "/v1/signoffs/12/approve", method: .get) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "POST")
            }
            try await client.execute(uri: "/v1/nothing", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
