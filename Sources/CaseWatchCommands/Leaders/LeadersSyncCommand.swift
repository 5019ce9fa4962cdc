import ArgumentParser
import CaseWatchConfig
import CaseWatchCore

/// `casewatch leaders sync`: make the stored roster the roster file's.
public struct LeadersSyncCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Make the stored roster exactly the roster file's: add, update and remove leaders.",
        discussion: """
            Jurisdictions are checked against the stored unit tree, and the roster against the policies' \
            ladders: every sign-off level a tier names, and each level above it, needs a leader. A leader who stays keeps their token; a \
            leader removed from the file is removed with their token. The change is audited (roster.sync).
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The roster file (kind: roster).", valueName: "file"))
    var roster: String = "seeds/leaders.yaml"

    @OptionGroup var policyOptions: PolicyOptions

    /// Creates the command.
    public init() {}

    /// Loads the file and replaces the stored roster with it.
    public func run() throws {
        let store = try database.open()
        let units = try store.read { try $0.units() }
        let leaders: [Leader]
        do {
            leaders = try ConfigLoader.loadRoster(at: roster, units: units)
        } catch {
            throw CommandFailure("cannot load the roster; nothing was changed:\n\(error)")
        }
        let gaps = SignoffCoverage.gaps(in: try policyOptions.load().policies, leaders: leaders)
        guard gaps.isEmpty else {
            throw CommandFailure(SignoffCoverageGap.wording(gaps, roster: roster) + "\nnothing was changed")
        }
        let now = WallClock.now()
        let change = try store.write { writer in
            let change = RosterChange(old: try writer.leaders(), new: leaders)
            try writer.replaceLeaders(leaders)
            try writer.appendAudit(at: now, actor: StaffActor.current, action: "roster.sync", detail: AuditDetailText.json([
                "file": roster, "leaders": "\(leaders.count)", "added": change.added.joined(separator: ","),
                "updated": change.updated.joined(separator: ","), "removed": change.removed.joined(separator: ","),
            ]))
            return change
        }
        Console.line("roster synced from \(roster): \(leaders.count) leaders; \(change.summary)")
    }
}

/// What a roster sync changes, by leader id.
struct RosterChange {
    /// Leaders new to the roster.
    let added: [String]
    /// Leaders whose name, title, level or jurisdiction changed.
    let updated: [String]
    /// Leaders no longer on it.
    let removed: [String]

    /// The change from `old` to `new`.
    init(old: [Leader], new: [Leader]) {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        let after = Set(new.map(\.id))
        added = new.filter { before[$0.id] == nil }.map(\.id).sorted()
        updated = new.filter { leader in before[leader.id].map { $0 != leader } ?? false }.map(\.id).sorted()
        removed = old.map(\.id).filter { !after.contains($0) }.sorted()
    }

    /// `1 added (l-x), 0 updated, 2 removed (l-y, l-z)`.
    var summary: String {
        [("added", added), ("updated", updated), ("removed", removed)].map { word, ids in
            ids.isEmpty ? "0 \(word)" : "\(ids.count) \(word) (\(ids.joined(separator: ", ")))"
        }.joined(separator: ", ")
    }
}
