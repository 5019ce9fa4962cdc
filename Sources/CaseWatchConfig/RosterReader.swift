import CaseWatchCore
import Yams

/// Reads a `kind: roster` file: the leaders who sign off escalations, reporting every problem at its node
/// (bad or repeated ids, empty names and titles, unknown sign-off levels, unknown keys). Jurisdictions are
/// checked against the units by ``JurisdictionCheck``.
struct RosterReader {
    static let fileKeys = ["kind", "leaders"]
    static let leaderKeys = ["id", "name", "title", "level", "jurisdiction", "receivers"]

    let log: DiagnosticLog
    private var read: ScalarReader { ScalarReader(log: log) }
    private var leaders: [Leader] = []
    private var leaderIDs: [(id: String, position: SourcePosition)] = []
    private var jurisdictions: [RosterFile.Jurisdiction] = []
    private var receivers: [(leader: String, name: String, position: SourcePosition)] = []

    init(log: DiagnosticLog) {
        self.log = log
    }

    /// Reads the file whose root mapping is `root`.
    mutating func file(_ root: Node) -> RosterFile {
        let problemsBefore = log.count
        let example = "{id: l-cc-01, name: 王立新, title: 副市长, level: city, jurisdiction: cc}"
        if let fields = Fields(root, "the roster", allowed: Self.fileKeys, log: log),
           let node = fields.required("leaders", example: "leaders: [\(example)]"),
           let items = read.list(node, "the leaders") {
            if items.isEmpty { log.error("'leaders' lists no leader; add one, e.g. '- \(example)'", at: node) }
            for item in items { leader(item) }
        }
        return RosterFile(
            leaderIDs: leaderIDs, jurisdictions: jurisdictions,
            leaders: log.count == problemsBefore ? leaders : nil, receivers: receivers
        )
    }

    /// Reads one leader.
    private mutating func leader(_ node: Node) {
        let problemsBefore = log.count
        guard let fields = Fields(node, "the leader", allowed: Self.leaderKeys, log: log) else { return }
        let idNode = fields.required("id", example: "id: l-nanguan-01")
        let id = idNode.flatMap { read.identifier($0, "leader id", example: "l-nanguan-01") }
        if let id, let idNode { record(id: id, at: idNode) }
        let name = fields.required("name", example: "name: 王立新").flatMap {
            read.nonBlank($0, "the leader's name", example: "王立新")
        }
        let title = fields.required("title", example: "title: 副区长").flatMap {
            read.nonBlank($0, "the leader's title", example: "副区长")
        }
        let level = fields.required("level", example: "level: district").flatMap(signoffLevel)
        let jurisdictionNode = fields.required("jurisdiction", example: "jurisdiction: cc.nanguan")
        let jurisdiction = jurisdictionNode.flatMap { read.text($0, "the id of the unit the leader acts on, e.g. cc.nanguan") }
        if let jurisdiction, let jurisdictionNode {
            jurisdictions.append(.init(unit: jurisdiction, leaderLevel: level, position: log.position(of: jurisdictionNode)))
        }
        if let node = fields["receivers"], let id { readReceivers(node, leader: id) }
        guard let id, let name, let title, let level, let jurisdiction, log.count == problemsBefore else { return }
        leaders.append(Leader(id: id, name: name, title: title, level: level.rawValue, jurisdiction: UnitID(jurisdiction)))
    }

    private func signoffLevel(_ node: Node) -> SignoffLevel? {
        read.parsed(node, "the sign-off level, district or city") { text throws(ValueProblem) in
            if let level = SignoffLevel(rawValue: text) { return level }
            let names = SignoffLevel.allCases.map(\.rawValue)
            let hint = closestMatch(to: text, among: names).map { "did you mean '\($0)'? " } ?? ""
            throw ValueProblem("unknown sign-off level '\(text)'; \(hint)leaders sign off at \(names.joined(separator: " or ")) level")
        }
    }

    /// `receivers: [nanguan-leaders]`: the receivers of the routing (kind: notify) that tell the leader of
    /// the sign-offs they may decide.
    private mutating func readReceivers(_ node: Node, leader: String) {
        guard let names = read.oneOrMany(node, "the leader's receivers", { item in
            read.identifier(item, "receiver name", example: "nanguan-leaders").map { ($0, item) }
        }) else { return }
        receivers += names.map { (leader, $0.0, log.position(of: $0.1)) }
    }

    /// Remembers the first definition of a leader id and reports any repeat.
    private mutating func record(id: String, at node: Node) {
        if let first = leaderIDs.first(where: { $0.id == id }) {
            let position = first.position
            log.error("leader id '\(id)' is already used on line \(position.line), column \(position.column); give each leader its own id", at: node)
            return
        }
        leaderIDs.append((id, log.position(of: node)))
    }
}
