import CaseWatchCore
import CaseWatchDelivery
import CaseWatchTesting
import Foundation

/// A sender over a fresh HTTP client (shut down afterwards) with a fixed environment of secrets.
enum ChannelHarness {
    static let environment = ["HOOK_SECRET": "whsec-test", "ROBOT_SECRET": "SECtest123", "WECOM_KEY": "k-123", "PATH": "/usr/bin:/bin"]

    static func withSender<Result: Sendable>(
        environment: [String: String] = environment, _ body: (ChannelSender) async throws -> Result
    ) async throws -> Result {
        let http = DeliveryHTTPClient()
        let sender = ChannelSender(
            http: http, renderer: DeliveryFixtures.renderer(), secrets: SecretResolver(environment: environment))
        do {
            let result = try await body(sender)
            try await http.shutdown()
            return result
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    static func withReceiver<Result: Sendable>(
        script: [LocalReceiver.Behaviour] = [], otherwise: LocalReceiver.Behaviour = .ok(),
        _ body: (LocalReceiver) async throws -> Result
    ) async throws -> Result {
        let receiver = try await LocalReceiver.start(script: script, otherwise: otherwise)
        do {
            let result = try await body(receiver)
            try await receiver.shutdown()
            return result
        } catch {
            try? await receiver.shutdown()
            throw error
        }
    }

    /// The JSON object of a request's body.
    static func json(_ request: RecordedRequest) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
    }
}

import Testing
