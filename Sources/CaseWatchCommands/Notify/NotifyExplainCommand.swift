import ArgumentParser
import CaseWatchConfig
import CaseWatchCore
import Foundation

/// `casewatch notify explain`: which routes match a case or unit reaching a tier, who is told and from when.
public struct NotifyExplainCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show which routes match when a case or unit reaches a tier, who is told and from when.",
        discussion: """
            Give --case (read from the database, with its unit, category, urgency and next tier) or --unit with \
            --tier (the unit tree and leaders from --units and --roster). A tier whose action is signoff is \
            explained twice: the escalation, and the sign-off request to its level. Leaders' receivers are \
            the roster's `receivers:`.
            """
    )

    /// The case to explain.
    @Option(name: .customLong("case"), help: "A case id: its unit, category, urgency and next tier are read from the database.")
    var caseID: String?

    /// The unit to explain.
    @Option(help: "A unit id, e.g. cc.nanguan.ziqiang.dongling (with --tier).")
    var unit: String?

    /// The tier.
    @Option(help: "The tier reached: warning, overdue, urge, leadership or notice (default for --case: its next tier).")
    var tier: String?

    /// The notice kind, instead of the tier's own.
    @Option(help: "Explain this notice kind instead: escalation, signoff_requested, signoff_passed_up, signoff_decided or supervision_order.")
    var kind: String?

    /// The category, with --unit.
    @Option(help: "The case's category, dotted, with --unit (default: road).")
    var category: String = "road"

    /// The urgency, with --unit.
    @Option(help: "The case's urgency, with --unit (default: normal).")
    var urgency: String = "normal"

    /// When the notice happens.
    @Option(help: "When the tier is reached, ISO 8601 (default: now); an instant without an offset is read in the policies' zone.")
    var at: String?

    /// The roster (leaders' receivers; leaders with --unit).
    @Option(help: ArgumentHelp("The roster file whose leaders' receivers are told (kind: roster).", valueName: "file"))
    var roster: String = "seeds/leaders.yaml"

    /// The units file, with --unit.
    @Option(help: ArgumentHelp("The unit tree, with --unit (kind: units).", valueName: "file"))
    var units: String = "seeds/units.yaml"

    /// Whether to print JSON.
    @Flag(help: "Print the explanation as JSON: a list with one object per notice.")
    var json = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    /// Creates the command.
    public init() {}

    /// Explains the routing of the notices.
    public func run() throws {
        let set = try policyOptions.load()
        guard let routing = set.notify else {
            throw CommandFailure(
                "no routing in \(policyOptions.policies): add a file with 'kind: notify' (policies/notify.yaml); see the README section \"Routing deliveries (policies/notify.yaml)\""
            )
        }
        let zone = set.displayZone
        let now = try at.map { try ArgumentReading.instant($0, option: "--at", zone: zone) } ?? WallClock.now()
        let subject = try self.subject(set: set, now: now)
        let leaderReceivers = try loadLeaderReceivers()
        let withLeaders = routing.withLeaderReceivers(leaderReceivers)
        let calendar = set.calendar(for: subject.policy)
        let texts = try notices(for: subject, now: now).map { notice in
            let explanation = withLeaders.explain(notice, lineage: subject.lineage, leaders: subject.leaders, calendar: calendar, now: now)
            return NotifyExplanationText(notice: notice, explanation: explanation, routing: withLeaders, zone: calendar.zone)
        }
        Console.line(json ? try JSONOutput.encode(texts.map(NotifyExplanationJSON.init)) : texts.map(\.text).joined(separator: "\n\n"))
    }

    /// What is explained: a case's or a unit's facts, its lineage, the leaders and the policy.
    struct Subject {
        let caseID: CaseID
        let cycle: Int
        let unit: UnitID
        let lineage: [UnitID]
        let category: String
        let urgency: Urgency
        let tier: TierName
        let policy: Policy
        let leaders: [Leader]
    }

    private func subject(set: PolicySet, now: Instant) throws -> Subject {
        switch (caseID, unit) {
        case let (id?, nil): return try caseSubject(id, set: set)
        case let (nil, unit?): return try unitSubject(unit, set: set, now: now)
        default: throw CommandFailure("give either --case <id> or --unit <id> --tier <tier>")
        }
    }

    private func caseSubject(_ id: String, set: PolicySet) throws -> Subject {
        let store = try database.open()
        let caseID = CaseID(id)
        let read = try store.read { reader in
            let projection = try reader.projection(of: caseID)
            let lineage = try projection?.unit.map { try reader.lineage(of: $0) } ?? []
            let fired = try projection.map { try reader.firedTiers(of: caseID, cycle: $0.cycle) } ?? []
            return (projection, lineage, fired, try reader.leaders())
        }
        guard let projection = read.0 else {
            throw CommandFailure("no case '\(id)' in \(database.path); `casewatch cases list` shows the cases")
        }
        guard let unit = projection.unit else {
            throw CommandFailure("case '\(id)' is not dispatched to any unit yet: nobody would be told")
        }
        guard let policy = set.policy(version: projection.policyVersion) else {
            throw CommandFailure("case '\(id)' pins policy '\(projection.policyVersion)', which \(policyOptions.policies) does not have")
        }
        let tierName: TierName
        if let tier {
            tierName = try Self.tier(tier)
        } else if let next = projection.nextStep(excluding: read.2) {
            tierName = next.tier
        } else {
            throw CommandFailure("case '\(id)' has no next tier; give --tier")
        }
        return Subject(
            caseID: caseID, cycle: projection.cycle, unit: unit, lineage: read.1.isEmpty ? [unit] : read.1,
            category: projection.category, urgency: projection.urgency, tier: tierName, policy: policy, leaders: read.3
        )
    }

    private func unitSubject(_ unit: String, set: PolicySet, now: Instant) throws -> Subject {
        guard let tier else { throw CommandFailure("--unit needs --tier (warning, overdue, urge, leadership or notice)") }
        let tierName = try Self.tier(tier)
        _ = try ArgumentReading.category(category)
        guard let policy = set.policy(at: now) else { throw CommandFailure("no policy is in force at \(now)") }
        let tree: [OrgUnit]
        let leaders: [Leader]
        do {
            tree = try ConfigLoader.loadUnits(at: units)
            leaders = try ConfigLoader.loadRoster(at: roster, units: tree)
        } catch {
            throw CommandFailure("cannot load the units and the roster:\n\(error)")
        }
        let byID = Dictionary(tree.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        guard byID[UnitID(unit)] != nil else {
            throw CommandFailure("no unit '\(unit)' in \(units); give the id of a unit of the tree, e.g. cc.nanguan.ziqiang.dongling")
        }
        var lineage: [UnitID] = []
        var cursor: UnitID? = UnitID(unit)
        while let id = cursor, !lineage.contains(id) {
            lineage.append(id)
            cursor = byID[id]?.parent
        }
        return Subject(
            caseID: CaseID("(any)"), cycle: 1, unit: UnitID(unit), lineage: lineage, category: category,
            urgency: Urgency(urgency), tier: tierName, policy: policy, leaders: leaders
        )
    }

    /// The notices of the tier: its escalation and, for a sign-off tier, the request to its level; or
    /// the one kind asked for.
    private func notices(for subject: Subject, now: Instant) throws -> [Notice] {
        guard let ladderTier = subject.policy.ladder.first(where: { $0.name == subject.tier }) else {
            let tiers = subject.policy.ladder.map(\.name.rawValue).joined(separator: ", ")
            throw CommandFailure("--tier: policy '\(subject.policy.version)' has no tier '\(subject.tier)'; its tiers: \(tiers)")
        }
        let level = ladderTier.signoffLevel
        let kinds: [NoticeKind]
        if let kind {
            guard let parsed = NoticeKind(rawValue: kind) else {
                throw CommandFailure("--kind: unknown notice kind '\(kind)'; use one of \(NoticeKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds = [parsed]
        } else {
            kinds = level == nil ? [.escalation] : [.escalation, .signoffRequested]
        }
        return kinds.map { kind in
            let signoff = kind == .escalation || level == nil ? nil : SignoffFacts(id: 0, level: level!, status: .pending, decidedBy: nil, orderCaseID: nil)
            return Notice(
                kind: kind, caseID: subject.caseID, cycle: subject.cycle, unit: subject.unit, category: subject.category,
                urgency: subject.urgency, tier: subject.tier, action: ladderTier.action, dueAt: nil, at: now, signoff: signoff, next: nil
            )
        }
    }

    private func loadLeaderReceivers() throws -> [String: [String]] {
        guard FileManager.default.fileExists(atPath: roster) else { return [:] }
        do {
            return try ConfigLoader.loadLeaderReceivers(at: roster)
        } catch {
            throw CommandFailure("cannot load the leaders' receivers from \(roster):\n\(error)")
        }
    }

    private static func tier(_ text: String) throws(CommandFailure) -> TierName {
        guard let tier = TierName(rawValue: text) else {
            throw CommandFailure("--tier: unknown tier '\(text)'; use one of \(TierName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return tier
    }
}
