import CaseWatchCore
import Crypto

/// The key a delivery carries to its receiver (`X-CaseWatch-Delivery`), the same on every retry.
///
/// `cw1-` and 32 hex digits of the SHA-256 of the notice's id, identity (kind, case, cycle, tier, sign-off,
/// instant) and the receiver's name: unique within a store (one delivery per notice and receiver) and,
/// because the notice's identity is in it, not repeated by another store's notice of the same id.
package enum IdempotencyKey {
    /// The key of the delivery of notice `id` to `receiver`.
    package static func make(noticeID id: Int64, notice: Notice, receiver: String) -> String {
        let identity = [
            "\(id)", notice.kind.rawValue, notice.caseID.rawValue, "\(notice.cycle)", notice.tier?.rawValue ?? "",
            notice.signoff.map { "\($0.id)" } ?? "", "\(notice.at.secondsSinceEpoch)", receiver,
        ].joined(separator: "\u{1F}")
        let digest = SHA256.hash(data: Array(identity.utf8))
        return "cw1-" + digest.prefix(16).lowercaseHex
    }
}
