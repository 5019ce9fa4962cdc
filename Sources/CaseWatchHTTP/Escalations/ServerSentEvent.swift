/// One message of a `text/event-stream` answer (the WHATWG Server-Sent Events format): an `id:` that a
/// client sends back as `Last-Event-ID` when it reconnects, an `event:` type and its `data:`.
struct ServerSentEvent: Sendable, Hashable {
    /// The event's id (a cursor), if it has one.
    let id: String?
    /// The event's type, e.g. `escalation`.
    let event: String
    /// The payload (JSON); each of its lines goes in a `data:` line of its own.
    let data: String

    /// The media type of event streams.
    static let mediaType = "text/event-stream; charset=utf-8"

    /// The message's bytes, ended by the blank line that dispatches it.
    var text: String {
        var lines: [String] = []
        if let id { lines.append("id: \(id)") }
        lines.append("event: \(event)")
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { lines.append("data: \(line)") }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// A comment line (ignored by clients; keeps the connection seen alive), e.g. `: keep-alive`.
    static func comment(_ text: String) -> String { ": \(text)\n\n" }

    /// How long a client waits before it reconnects after the connection dropped, in milliseconds.
    static func retry(milliseconds: Int) -> String { "retry: \(milliseconds)\n\n" }
}
