import CaseWatchCore
import Foundation

/// Decides whether an HTTP exchange delivered the message: 2xx did (unless a robot's body carries a non-zero
/// error code); 429 and 503 ask for a retry, at the `Retry-After` instant when given; every other status, a
/// timeout, a refused or reset connection failed.
enum ResponseClassifier {
    /// How an answer is read: plainly, or as a robot that answers 200 with an error code in its body.
    enum Dialect: Sendable {
        /// Any 2xx is delivered.
        case plain
        /// `{"errcode":…,"errmsg":…}` (WeCom, DingTalk) or `{"code":…,"msg":…}` (Feishu): non-zero failed.
        case robot
    }

    static func classify(_ exchange: HTTPExchange, dialect: Dialect, now: Instant) -> SendResult {
        guard let status = exchange.status else {
            return .failed(httpStatus: nil, error: exchange.error ?? "no answer", retryAfter: nil)
        }
        if (200..<300).contains(status) {
            if dialect == .robot, let failure = robotFailure(exchange.body) {
                return .failed(httpStatus: status, error: failure, retryAfter: nil)
            }
            return .sent(httpStatus: status)
        }
        let retryAfter = (status == 429 || status == 503) ? exchange.retryAfter.flatMap { RetryAfter.instant($0, now: now) } : nil
        return .failed(httpStatus: status, error: snippet(exchange.body), retryAfter: retryAfter)
    }

    /// `errcode 310000: sign not match` when a robot's body reports an error, nil when it reports none.
    static func robotFailure(_ body: [UInt8]) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else { return nil }
        for (codeKey, messageKey) in [("errcode", "errmsg"), ("code", "msg"), ("StatusCode", "StatusMessage")] {
            guard let code = (object[codeKey] as? NSNumber)?.intValue else { continue }
            if code != 0 {
                let message = object[messageKey] as? String ?? ""
                return "\(codeKey) \(code): \(message)"
            }
            return nil
        }
        return nil
    }

    /// The start of a body, on one line, for the attempt log.
    static func snippet(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(300), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
