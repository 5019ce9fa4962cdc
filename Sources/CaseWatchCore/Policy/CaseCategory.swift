/// A hierarchical case category such as `road.pothole`: dot-separated segments from general to specific.
public struct CaseCategory: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The segments, general first (`["road", "pothole"]`).
    public let segments: [String]

    /// Parses a dotted path; nil when it is empty, has an empty segment (`road..pothole`) or a segment
    /// that starts or ends with white space. Spaces inside a segment are kept (`Street Cleaning`), as
    /// cities' own category names have them.
    public init?(_ path: String) {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.isEmpty, parts.allSatisfy({
            !$0.isEmpty && !$0.first!.isWhitespace && !$0.last!.isWhitespace && !$0.contains(where: \.isNewline)
        }) else {
            return nil
        }
        self.segments = parts
    }

    private init(segments: [String]) { self.segments = segments }

    /// This category and every ancestor, most specific first: `road.pothole`, then `road`.
    public var lineage: [CaseCategory] {
        (1...segments.count).reversed().map { CaseCategory(segments: Array(segments.prefix($0))) }
    }

    /// Orders by dotted path.
    public static func < (lhs: CaseCategory, rhs: CaseCategory) -> Bool { lhs.description < rhs.description }

    /// The dotted path.
    public var description: String { segments.joined(separator: ".") }
}
