import CaseWatchCore
import CaseWatchStore

/// A case whose stored projection differs from the one its events give.
public struct ProjectionDifference: Sendable, CustomStringConvertible {
    /// The case.
    public let caseID: CaseID
    /// The names of the fields that differ (or why the case could not be projected).
    public let fields: [String]

    /// `case X: field, field`.
    public var description: String { "case \(caseID): \(fields.joined(separator: ", "))" }
}

/// Recomputes every projection from the event log and compares it with what is stored.
///
/// A case keeps the policy version its stored projection pinned; when the catalog lacks a pinned version
/// the rebuild refuses (``MissingPinnedPolicies``) before comparing or writing anything, as the daemon does.
///
/// The next step expected is the one ``NextStepRule`` decides: the first unfired step that fell due before
/// a later event of the case (owed: intake keeps it so that the supervisor still fires it), else the
/// projection's next unfired step (see ``CaseRecomputation``).
public struct ProjectionRebuild: Sendable {
    /// The store.
    public let store: any CaseStore
    /// The policies cases are projected under.
    public let catalog: any PolicyCatalog

    /// Creates a rebuild.
    public init(store: any CaseStore, catalog: any PolicyCatalog) {
        self.store = store
        self.catalog = VariantPolicyCatalog(catalog)
    }

    /// The cases whose stored projection (or stored next step) differs from the recomputed one; with
    /// `repair`, the recomputed projections are written in one transaction.
    public func run(repair: Bool) throws -> (cases: Int, differences: [ProjectionDifference]) {
        if repair {
            return try store.write { writer in try compare(reader: writer.reader, writer: writer) }
        }
        return try store.read { reader in try compare(reader: reader, writer: nil) }
    }

    private func compare(reader: any StoreReader, writer: (any StoreWriter)?) throws -> (cases: Int, differences: [ProjectionDifference]) {
        let pinned = Dictionary(try reader.projections().map { ($0.caseID, $0.policyVersion) }, uniquingKeysWith: { first, _ in first })
        let missing = Dictionary(grouping: pinned.values.filter { catalog.policy(version: $0) == nil }, by: { $0 }).mapValues(\.count)
        if !missing.isEmpty { throw MissingPinnedPolicies(casesByVersion: missing) }
        var differences: [ProjectionDifference] = []
        let ids = try reader.caseIDs()
        for id in ids {
            let events = try reader.events(of: id).map { stored in
                pinned[id].map { Supervisor.pinning(stored.event, to: $0) } ?? stored.event
            }
            let stored = try reader.projection(of: id)
            let recomputation: (projection: CaseProjection, next: PendingStep?)?
            do {
                recomputation = try CaseRecomputation.project(events, catalog: catalog) { try reader.firedTiers(of: id, cycle: $0) }
            } catch let error as TransitionError {
                differences.append(ProjectionDifference(caseID: id, fields: ["cannot be projected: \(error.reason)"]))
                continue
            }
            guard let (recomputed, next) = recomputation else { continue }
            var fields = stored.map { ProjectionComparison.differingFields($0, recomputed) } ?? ["(missing)"]
            if try reader.storedNextStep(of: id) != next { fields.append("next step") }
            guard !fields.isEmpty else { continue }
            differences.append(ProjectionDifference(caseID: id, fields: fields))
            try writer?.saveProjection(recomputed, nextStep: next)
        }
        return (ids.count, differences)
    }
}

/// Names the fields in which two projections of one case differ.
enum ProjectionComparison {
    static func differingFields(_ a: CaseProjection, _ b: CaseProjection) -> [String] {
        let left = Mirror(reflecting: a).children
        let right = Mirror(reflecting: b).children
        return zip(left, right).compactMap { l, r in
            String(describing: l.value) == String(describing: r.value) ? nil : l.label ?? "?"
        }
    }
}
