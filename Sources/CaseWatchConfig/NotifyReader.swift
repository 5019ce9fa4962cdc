import CaseWatchCore
import Yams

/// Reads a `kind: notify` file: the receivers, the routes and the unit contacts, reporting every problem
/// at its node (unknown keys and receivers with the closest name, routes that can never match, secrets
/// that cannot be had, invalid addresses, durations out of bounds). Tiers, urgencies, categories and units
/// are checked against the other files of the set by `ConfigSetCheck+Notify.swift`.
struct NotifyReader {
    static let fileKeys = ["kind", "base_url", "urgent", "receivers", "routes", "unit_contacts"]

    let log: DiagnosticLog
    let secrets: NotifySecretProbe
    var read: ScalarReader { ScalarReader(log: log) }
    var receivers: [String: NotifyReceiver] = [:]
    var receiverNames: [(name: String, position: SourcePosition)] = []
    var urgencies: [(urgency: Urgency, position: SourcePosition)] = []
    var tiers: [(tier: TierName, position: SourcePosition)] = []
    var actions: [(action: TierAction, position: SourcePosition)] = []
    var categories: [(category: CaseCategory, position: SourcePosition)] = []
    var units: [(unit: String, position: SourcePosition)] = []

    init(log: DiagnosticLog, secrets: NotifySecretProbe) {
        self.log = log
        self.secrets = secrets
    }

    /// Reads the file whose root mapping is `root`.
    mutating func file(_ root: Node) -> NotifyFile {
        let problemsBefore = log.count
        var routing: NotifyRouting?
        if let fields = Fields(root, "the routing", allowed: Self.fileKeys, log: log) {
            let baseURL = fields["base_url"].flatMap { read.address($0, "base_url") }
            var urgent = NotifyRouting.defaultUrgentUrgencies
            if let node = fields["urgent"] { urgent = urgentUrgencies(node) }
            if let node = fields.required("receivers", example: "receivers: [{name: demo-log, channel: command, command: [scripts/notify-to-file.sh]}]"),
               let items = read.list(node, "the receivers") {
                if items.isEmpty { log.error("'receivers' lists no receiver; add one, e.g. '- {name: demo-log, channel: command, command: [scripts/notify-to-file.sh]}'", at: node) }
                for item in items { receiver(item) }
            }
            var contacts: [UnitID: [String]] = [:]
            if let node = fields["unit_contacts"] { contacts = unitContacts(node) }
            var routes: [NotifyRoute] = []
            if let node = fields.required("routes", example: "routes: [{receivers: [demo-log]}]"), let items = read.list(node, "the routes") {
                if items.isEmpty { log.error("'routes' lists no route; add one, e.g. '- {receivers: [demo-log]}'", at: node) }
                routes = self.routes(items, hasContacts: fields["unit_contacts"] != nil)
            }
            if log.count == problemsBefore {
                routing = NotifyRouting(baseURL: baseURL, receivers: receivers, routes: routes, unitContacts: contacts, urgentUrgencies: urgent)
            }
        }
        return NotifyFile(
            position: .start(of: log.file), receiverNames: receiverNames.map(\.name), urgencies: urgencies, tiers: tiers,
            actions: actions, categories: categories, units: units, routing: log.count == problemsBefore ? routing : nil
        )
    }

    /// `urgent: [urgent]`: the urgencies whose cases are never delayed or grouped.
    private mutating func urgentUrgencies(_ node: Node) -> Set<Urgency> {
        guard let items = read.list(node, "the urgent urgencies, e.g. [urgent]") else { return [] }
        var result: Set<Urgency> = []
        for item in items {
            guard let name = read.text(item, "an urgency as the policies name it, e.g. urgent") else { continue }
            urgencies.append((Urgency(name), log.position(of: item)))
            result.insert(Urgency(name))
        }
        return result
    }

    /// `unit_contacts: {cc.nanguan: [nanguan-office]}`: each unit subtree's receivers.
    private mutating func unitContacts(_ node: Node) -> [UnitID: [String]] {
        guard let entries = MappingEntry.entries(of: node, "'unit_contacts' (unit id: [receiver, …])", log: log) else { return [:] }
        var contacts: [UnitID: [String]] = [:]
        for entry in entries {
            guard (try? IdentifierText.parse(entry.name, "unit id", example: "cc.nanguan")) != nil else {
                log.error("'\(entry.name)' is not a unit id; use the id of a unit of the units file, e.g. cc.nanguan.ziqiang", at: entry.key)
                continue
            }
            units.append((entry.name, log.position(of: entry.key)))
            guard let names = read.oneOrMany(entry.value, "the receivers of unit '\(entry.name)'", { receiverName($0) }) else { continue }
            contacts[UnitID(entry.name)] = names
        }
        return contacts
    }

    /// The name of a defined receiver; an unknown one is reported with the closest defined name.
    func receiverName(_ node: Node) -> String? {
        guard let name = read.text(node, "a receiver's name") else { return nil }
        guard receivers[name] == nil, !receiverNames.contains(where: { $0.name == name }) else { return name }
        let defined = receiverNames.map(\.name)
        let hint = closestMatch(to: name, among: defined).map { "did you mean '\($0)'? " } ?? ""
        let known = defined.isEmpty ? "no receiver is defined" : "defined: \(defined.joined(separator: ", "))"
        log.error("unknown receiver '\(name)'; \(hint)\(known); define it under 'receivers'", at: node)
        return nil
    }
}
