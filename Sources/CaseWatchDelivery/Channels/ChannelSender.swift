import CaseWatchCore
import Dispatch
import Foundation

/// Sends one job's message over its receiver's channel: renders it, resolves the secret, builds the channel's
/// request (signed where the channel signs) and says what came of it.
public struct ChannelSender: Sendable {
    /// The shared HTTP client.
    public let http: DeliveryHTTPClient
    /// Words the notices.
    public let renderer: MessageRenderer
    /// Reads secrets.
    public let secrets: SecretResolver

    /// Creates a sender.
    public init(http: DeliveryHTTPClient, renderer: MessageRenderer, secrets: SecretResolver = SecretResolver()) {
        self.http = http
        self.renderer = renderer
        self.secrets = secrets
    }

    /// Attempts `job` at `now` (the instant its signature carries).
    public func send(_ job: DeliveryJob, now: Instant) async -> SendResult {
        let message = renderer.render(job.notices)
        let receiver = job.receiver
        do {
            switch receiver.channel {
            case let .webhook(url, secret, headers):
                let secretValue = try await resolve(secret)
                let request = try WebhookRequest.make(
                    job: job, message: message, links: links(message), secret: secretValue, extraHeaders: headers,
                    now: now)
                let exchange = await http.post(
                    url: url, headers: request.headers, body: request.body, timeoutSeconds: receiver.timeoutSeconds)
                return ResponseClassifier.classify(exchange, dialect: .plain, now: now)
            case let .wecom(url, key):
                let keyValue = try await resolve(key)
                let target = keyValue.map { RobotURL.adding(["key": $0], to: url) } ?? url
                return try await postRobot(WeComMarkdown(message), to: target, job: job, now: now)
            case let .dingtalk(url, secret):
                let secretValue = try await resolve(secret)
                let target = secretValue.map { secret -> String in
                    let milliseconds = now.secondsSinceEpoch * 1_000
                    let sign = Signatures.dingTalk(secret: secret, timestampMilliseconds: milliseconds)
                    return RobotURL.adding(["timestamp": String(milliseconds), "sign": sign], to: url)
                } ?? url
                return try await postRobot(DingTalkMarkdown(message), to: target, job: job, now: now)
            case let .feishu(url, secret):
                let secretValue = try await resolve(secret)
                let timestamp = secretValue.map { _ in now.secondsSinceEpoch }
                let sign = secretValue.map { Signatures.feishu(secret: $0, timestampSeconds: now.secondsSinceEpoch) }
                let post = FeishuPost(
                    message, link: renderer.link(to: job.notices[0].caseID).flatMap { job.notices.count == 1 ? $0 : nil },
                    timestamp: timestamp, sign: sign)
                return try await postRobot(post, to: url, job: job, now: now)
            case let .command(path, arguments):
                var fields = message.fields
                fields["delivery"] = job.idempotencyKey
                fields["receiver"] = receiver.name
                fields["title"] = message.title
                fields["attempt"] = String(job.attempts + 1)
                let environment = CommandRunner.environment(fields: fields, inherited: secrets.environment)
                return await CommandRunner.run(
                    path: path, arguments: arguments, input: message.text + "\n", environment: environment,
                    timeoutSeconds: receiver.timeoutSeconds)
            }
        } catch let error as SecretError {
            return .failed(httpStatus: nil, error: error.description, retryAfter: nil)
        } catch {
            return .failed(httpStatus: nil, error: "cannot build the request: \(error)", retryAfter: nil)
        }
    }

    private func postRobot(_ payload: some Encodable, to url: String, job: DeliveryJob, now: Instant) async throws
        -> SendResult
    {
        let body = try Array(JSONCoding.encode(payload))
        let headers = [("Content-Type", "application/json; charset=utf-8")]
        let exchange = await http.post(url: url, headers: headers, body: body, timeoutSeconds: job.receiver.timeoutSeconds)
        return ResponseClassifier.classify(exchange, dialect: .robot, now: now)
    }

    private func links(_ message: DeliveryMessage) -> [CaseID: String] {
        var links: [CaseID: String] = [:]
        for notice in message.notices { links[notice.caseID] = renderer.link(to: notice.caseID) }
        return links
    }

    /// Reads a secret off the cooperative pool (a file read blocks).
    private func resolve(_ reference: SecretReference?) async throws -> String? {
        guard let reference else { return nil }
        let secrets = self.secrets
        let result: Result<String, SecretError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { () throws(SecretError) -> String in try secrets.resolve(reference) })
            }
        }
        return try result.get()
    }
}
