import CaseWatchCore

/// A message ready for a channel: the same words as plain text and as markdown, with its facts as fields.
public struct DeliveryMessage: Hashable, Sendable {
    /// A one-line summary (a robot's title, a mail's subject).
    public let title: String
    /// The whole message as plain text, title first.
    public let text: String
    /// The whole message as markdown, title first.
    public let markdown: String
    /// The facts behind it, by name (`kind`, `case_id`, `unit`, `tier`, `due_at`, `count`…), for programs.
    public let fields: [String: String]
    /// The notices it tells of (one, or a group).
    public let notices: [Notice]

    /// Creates a message.
    public init(title: String, text: String, markdown: String, fields: [String: String], notices: [Notice]) {
        self.title = title
        self.text = text
        self.markdown = markdown
        self.fields = fields
        self.notices = notices
    }
}
