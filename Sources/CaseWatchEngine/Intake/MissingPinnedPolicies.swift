/// A rebuild refused because cases are pinned to policy versions the loaded catalog lacks: rebuilding them
/// under another version would silently re-pin them.
public struct MissingPinnedPolicies: Error, Sendable, Equatable, CustomStringConvertible {
    /// How many cases pin each missing version.
    public let casesByVersion: [String: Int]

    /// What is missing and how to fix it.
    public var description: String {
        let listed = casesByVersion.sorted { $0.key < $1.key }
            .map { "'\($0.key)' (pinned by \($0.value) case\($0.value == 1 ? "" : "s"))" }
            .joined(separator: ", ")
        return "the policy directory lacks the policy version\(casesByVersion.count == 1 ? "" : "s") \(listed); nothing was rebuilt: point --policies at a directory that still holds every version cases are pinned to"
    }
}
