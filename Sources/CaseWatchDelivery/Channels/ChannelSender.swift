import CaseWatchCore
import CaseWatchStore
import Dispatch

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

    /// Attempts `job` at `now` (the instant its timestamps and signatures carry).
    public func send(_ job: DeliveryJob, now: Instant) async -> SendResult {
        let message = renderer.render(job.notices)
        do {
            switch job.receiver.channel {
            case let .webhook(url, secret, headers):
                return try await sendWebhook(job, message, url: url, secret: resolve(secret), headers: headers, now: now)
            case let .wecom(url, key):
                let target = try await resolve(key).map { RobotURL.adding(["key": $0], to: url) } ?? url
                return try await postRobot(WeComMarkdown(message), to: target, job: job, now: now)
            case let .dingtalk(url, secret):
                let target = try await resolve(secret).map { DingTalkSigning.signedURL(url, secret: $0, now: now) } ?? url
                return try await postRobot(DingTalkMarkdown(message), to: target, job: job, now: now)
            case let .feishu(url, secret):
                let secret = try await resolve(secret)
                let link = job.notices.count == 1 ? renderer.link(to: job.notices[0].caseID) : nil
                let post = FeishuPost(
                    message, link: link, timestamp: secret.map { _ in now.secondsSinceEpoch },
                    sign: secret.map { Signatures.feishu(secret: $0, timestampSeconds: now.secondsSinceEpoch) })
                return try await postRobot(post, to: url, job: job, now: now)
            case let .command(path, arguments):
                return await runCommand(job, message, path: path, arguments: arguments)
            }
        } catch let error as SecretError {
            return .failed(httpStatus: nil, error: error.description, retryAfter: nil)
        } catch {
            return .failed(httpStatus: nil, error: "cannot build the request: \(error)", retryAfter: nil)
        }
    }

    private func sendWebhook(
        _ job: DeliveryJob, _ message: DeliveryMessage, url: String, secret: String?, headers: [String: String],
        now: Instant
    ) async throws -> SendResult {
        var links: [CaseID: String] = [:]
        for notice in message.notices { links[notice.caseID] = renderer.link(to: notice.caseID) }
        let request = try WebhookRequest.make(
            job: job, message: message, links: links, secret: secret, extraHeaders: headers, now: now)
        let exchange = await http.post(
            url: url, headers: request.headers, body: request.body, timeoutSeconds: job.receiver.timeoutSeconds)
        return ResponseClassifier.classify(exchange, dialect: .plain, now: now)
    }

    private func postRobot(_ payload: some Encodable, to url: String, job: DeliveryJob, now: Instant) async throws
        -> SendResult
    {
        let body = try Array(JSONCoding.encode(payload))
        let headers = [("Content-Type", "application/json; charset=utf-8")]
        let exchange = await http.post(url: url, headers: headers, body: body, timeoutSeconds: job.receiver.timeoutSeconds)
        return ResponseClassifier.classify(exchange, dialect: .robot, now: now)
    }

    private func runCommand(_ job: DeliveryJob, _ message: DeliveryMessage, path: String, arguments: [String]) async
        -> SendResult
    {
        var fields = message.fields
        fields["delivery"] = job.idempotencyKey
        fields["receiver"] = job.receiver.name
        fields["title"] = message.title
        fields["attempt"] = String(job.attempts + 1)
        return await CommandRunner.run(
            path: path, arguments: arguments, input: message.text + "\n",
            environment: CommandRunner.environment(fields: fields, inherited: secrets.environment),
            timeoutSeconds: job.receiver.timeoutSeconds)
    }

    /// Reads a secret off the cooperative pool (a file read blocks).
    private func resolve(_ reference: SecretReference?) async throws(SecretError) -> String? {
        guard let reference else { return nil }
        let secrets = self.secrets
        let result = await BlockingWork.run("casewatch.delivery.secret") {
            Result { () throws(SecretError) -> String in try secrets.resolve(reference) }
        }
        return try result.get()
    }
}
