import CaseWatchCore
import CaseWatchStore
import Foundation

/// One escalation as the API answers it: `id` (its cursor: the store's commit-ordered row id, as text),
/// `case_id`, `cycle`, `tier`, `unit`, `due_at`, `detected_at` (RFC 3339 in the display zone),
/// `late_seconds` (detection after the due instant), `points` deducted, and `signoff` (`level`, `status`)
/// for a tier that asks a leader to sign, else null. The wall's events add `unit_name`.
struct EscalationItem: Encodable, Sendable {
    let id: String
    let caseID: String
    let cycle: Int
    let tier: String
    let unit: String
    let unitName: String?
    let dueAt: String
    let detectedAt: String
    let lateSeconds: Int64
    let points: Double
    let signoff: Signoff?

    /// A sign-off's level and current status.
    struct Signoff: Encodable, Sendable {
        let level: String
        let status: String
    }

    enum CodingKeys: String, CodingKey {
        case id, cycle, tier, unit, points, signoff
        case caseID = "case_id"
        case unitName = "unit_name"
        case dueAt = "due_at"
        case detectedAt = "detected_at"
        case lateSeconds = "late_seconds"
    }

    /// The item of `stored`, instants in `zone`; `unitName` only on the wall.
    init(_ stored: StoredEscalation, zone: ZoneRules, unitName: String? = nil) {
        let escalation = stored.escalation
        id = String(stored.id)
        caseID = escalation.caseID.rawValue
        cycle = escalation.cycle
        tier = escalation.tier.rawValue
        unit = escalation.unit.rawValue
        self.unitName = unitName
        dueAt = InstantFormatter.format(escalation.dueAt, in: zone)
        detectedAt = InstantFormatter.format(escalation.detectedAt, in: zone)
        lateSeconds = max(0, escalation.detectedAt.secondsSinceEpoch - escalation.dueAt.secondsSinceEpoch)
        points = Double(escalation.points.hundredths) / 100
        signoff = escalation.signoffLevel.map { Signoff(level: $0, status: stored.signoffStatus ?? "pending") }
    }

    /// Encodes every member, `signoff` as null when there is none (`unit_name` only when given).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(caseID, forKey: .caseID)
        try container.encode(cycle, forKey: .cycle)
        try container.encode(tier, forKey: .tier)
        try container.encode(unit, forKey: .unit)
        try container.encodeIfPresent(unitName, forKey: .unitName)
        try container.encode(dueAt, forKey: .dueAt)
        try container.encode(detectedAt, forKey: .detectedAt)
        try container.encode(lateSeconds, forKey: .lateSeconds)
        try container.encode(points, forKey: .points)
        try container.encode(signoff, forKey: .signoff)
    }

    /// The item as compact JSON text (one line: fits one `data:` line of an event stream).
    var json: String {
        String(decoding: (try? StreamJSON.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
