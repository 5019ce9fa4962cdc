import CaseWatchCore
import Yams

/// Reads a `kind: units` file: the unit tree written as nested `children` lists, reporting every problem
/// at its node (bad or repeated ids, unknown levels, a unit under a parent that cannot hold it, empty
/// names, unknown keys).
struct UnitTreeReader {
    static let fileKeys = ["kind", "units"]
    static let unitKeys = ["id", "name", "level", "children"]

    let log: DiagnosticLog
    private var read: ScalarReader { ScalarReader(log: log) }
    private var units: [OrgUnit] = []
    private var mentions: [UnitMention] = []
    private var firstUse: [String: SourcePosition] = [:]
    private var hasUnitWithoutID = false

    init(log: DiagnosticLog) {
        self.log = log
    }

    /// Reads the file whose root mapping is `root`.
    mutating func file(_ root: Node) -> UnitsFile {
        let problemsBefore = log.count
        if let fields = Fields(root, "the units file", allowed: Self.fileKeys, log: log),
           let node = fields.required("units", example: "units: [{id: cc, name: 长春市, level: city}]"),
           let items = read.list(node, "the units") {
            if items.isEmpty {
                log.error("'units' lists no unit; start with the city, e.g. '- {id: cc, name: 长春市, level: city}'", at: node)
            }
            for item in items { unit(item, under: .top) }
        }
        return UnitsFile(
            mentions: mentions, hasUnitWithoutID: hasUnitWithoutID,
            units: log.count == problemsBefore ? units : nil
        )
    }

    /// Where a unit is written: at the top of the tree, or among the children of a unit whose id and level
    /// are nil when they could not be read.
    private enum Place {
        case top
        case under(id: String?, level: UnitLevel?)
    }

    /// Reads one unit and, depth first, the units under it.
    private mutating func unit(_ node: Node, under place: Place) {
        let problemsBefore = log.count
        guard let fields = Fields(node, "the unit", allowed: Self.unitKeys, log: log) else { return }
        let idNode = fields.required("id", example: "id: cc.nanguan")
        let id = idNode.flatMap { read.identifier($0, "unit id", example: "cc.nanguan.ziqiang") }
        let name = fields.required("name", example: "name: 南关区").flatMap {
            read.nonBlank($0, "the unit's name", example: "南关区自强街道")
        }
        let levelNode = fields.required("level", example: "level: district")
        let level = levelNode.flatMap { read.choice($0, "unit level", UnitLevel.self) }
        if let level, let levelNode { checkPlace(of: level, at: levelNode, under: place) }
        record(id: idNode.flatMap(\.text), level: level, at: idNode)
        if let id, let name, let level, log.count == problemsBefore {
            let parent: UnitID? = switch place {
            case .top: nil
            case let .under(parentID, _): parentID.map { UnitID($0) }
            }
            units.append(OrgUnit(id: UnitID(id), name: name, level: level, parent: parent))
        }
        guard let childrenNode = fields["children"],
              let children = read.list(childrenNode, "the units under \(id.map { "'\($0)'" } ?? "this unit")")
        else { return }
        for child in children { unit(child, under: .under(id: id, level: level)) }
    }

    /// Reports a unit whose level its parent cannot hold.
    private func checkPlace(of level: UnitLevel, at node: Node, under place: Place) {
        let problem: String? = switch place {
        case .top: level.misplacement(under: nil)
        case let .under(id?, parentLevel?): level.misplacement(under: (id, parentLevel))
        case .under: nil
        }
        if let problem { log.error(problem, at: node) }
    }

    /// Remembers the first definition of an id and reports any repeat.
    private mutating func record(id: String?, level: UnitLevel?, at node: Node?) {
        guard let id, let node else {
            hasUnitWithoutID = true
            return
        }
        if let first = firstUse[id] {
            log.error("unit id '\(id)' is already used on line \(first.line), column \(first.column); give each unit its own id", at: node)
            return
        }
        let position = log.position(of: node)
        firstUse[id] = position
        mentions.append(UnitMention(id: id, level: level, position: position))
    }
}
