import Foundation

/// The `detail` of the audit entries commands append: a small JSON object with sorted keys, like the
/// engine's.
enum AuditDetailText {
    /// The members as one JSON object.
    static func json(_ members: [String: String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: members, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
