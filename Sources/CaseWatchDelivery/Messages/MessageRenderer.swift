import CaseWatchCore

/// Words notices as Chinese messages: one notice, or a group of notices for one receiver as one message.
///
/// A message names the unit (by its display name when known), the case, its category and urgency, when it fell
/// due (in the display zone), how late, what happens next and when, and a link to the case.
public struct MessageRenderer: Sendable {
    /// The address links start with (`https://casewatch.example.gov.cn`, a trailing slash dropped): a case's
    /// link is `<baseURL>/cases/<case id>`, the id percent-encoded; nil for no links.
    public let baseURL: String?
    /// The zone instants are shown in.
    public let zone: ZoneRules
    /// A unit's display name (`东岭社区`), or nil to show its identifier.
    public let unitName: @Sendable (UnitID) -> String?
    /// How many cases a grouped message lists before it summarises the rest.
    public let groupListLimit: Int

    /// Creates a renderer.
    public init(
        baseURL: String?, zone: ZoneRules, groupListLimit: Int = 20,
        unitName: @escaping @Sendable (UnitID) -> String? = { _ in nil }
    ) {
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.zone = zone
        self.unitName = unitName
        self.groupListLimit = groupListLimit
    }

    /// The message for `notices`: the single-notice template for one, the grouped one for several.
    public func render(_ notices: [Notice]) -> DeliveryMessage {
        precondition(!notices.isEmpty, "a message tells of at least one notice")
        return notices.count == 1 ? single(notices[0]) : grouped(notices)
    }

    /// The link to a case's page, when a base address is configured.
    public func link(to caseID: CaseID) -> String? {
        baseURL.map { "\($0)/cases/\(RobotURL.encode(caseID.rawValue))" }
    }

    /// A unit's display name, or its identifier.
    func displayName(_ unit: UnitID) -> String { unitName(unit) ?? unit.rawValue }

    private func single(_ notice: Notice) -> DeliveryMessage {
        let wording = NoticeWording(notice: notice, renderer: self)
        let title = wording.title
        let lines = wording.lines
        let link = link(to: notice.caseID)
        var text = ([title] + lines).joined(separator: "\n")
        var markdown = (["### \(title)"] + lines.map { "- \($0)" }).joined(separator: "\n")
        if let link {
            text += "\n查看工单：\(link)"
            markdown += "\n\n[查看工单 \(notice.caseID)](\(link))"
        }
        return DeliveryMessage(
            title: title, text: text, markdown: markdown, fields: NoticeFields.single(notice, renderer: self),
            notices: [notice])
    }

    private func grouped(_ notices: [Notice]) -> DeliveryMessage {
        let ordered = notices.sorted { ($0.dueAt ?? $0.at, $0.caseID) < ($1.dueAt ?? $1.at, $1.caseID) }
        let title = GroupWording.title(ordered, renderer: self)
        var textLines = [title]
        var markdownLines = ["### \(title)"]
        for notice in ordered.prefix(groupListLimit) {
            let line = GroupWording.line(notice, renderer: self)
            textLines.append("· \(line)")
            if let link = link(to: notice.caseID) {
                markdownLines.append("- [\(notice.caseID)](\(link)) \(GroupWording.line(notice, renderer: self, withCase: false))")
            } else {
                markdownLines.append("- \(line)")
            }
        }
        if ordered.count > groupListLimit {
            let rest = "……另有 \(ordered.count - groupListLimit) 件"
            textLines.append(rest)
            markdownLines.append(rest)
        }
        return DeliveryMessage(
            title: title, text: textLines.joined(separator: "\n"), markdown: markdownLines.joined(separator: "\n"),
            fields: NoticeFields.group(ordered, renderer: self), notices: ordered)
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
