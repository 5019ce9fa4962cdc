/// One message of an event stream: an event (`event`, `id`, `data`), or a comment, or a `retry:`.
public struct EventStreamMessage: Sendable, Hashable {
    /// The `id:` field.
    public var id: String?
    /// The `event:` field; nil for a comment or a lone `retry:`.
    public var event: String?
    /// The `data:` lines, joined by newlines.
    public var data: String?
    /// The comment's text (`: keep-alive` → `keep-alive`).
    public var comment: String?

    init(_ block: String) {
        var data: [String] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(":") {
                let text = line.dropFirst()
                comment = String(text.first == " " ? text.dropFirst() : text)
            } else if line.hasPrefix("id: ") {
                id = String(line.dropFirst(4))
            } else if line.hasPrefix("event: ") {
                event = String(line.dropFirst(7))
            } else if line.hasPrefix("data: ") {
                data.append(String(line.dropFirst(6)))
            }
        }
        self.data = data.isEmpty ? nil : data.joined(separator: "\n")
    }
}
