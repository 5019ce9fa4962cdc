import Foundation

/// The `detail` of an audit entry: a small JSON object with sorted keys, so that it reads the same in
/// every run.
enum AuditDetail {
    /// The members as one JSON object.
    static func json(_ members: [String: String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: members, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
