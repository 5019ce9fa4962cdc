import CaseWatchCore

/// Writes a projection as the JSON `JSONDecoder` reads back into an equal `CaseProjection` (its Codable
/// form: property names as keys in sorted order, absent optionals left out, instants as seconds).
///
/// Written by hand because it is on the ingest hot path, where Foundation's encoder cost more than the
/// SQL; `ProjectionJSONTests` holds it to the Codable form.
struct ProjectionJSONWriter {
    private var json = "{"
    private var first = true

    /// The projection as JSON text.
    static func encode(_ p: CaseProjection) -> String {
        var w = ProjectionJSONWriter()
        w.raw("accept", p.accept.map(deadline))
        w.string("caseID", p.caseID.rawValue)
        w.string("category", p.category)
        w.instant("closedAt", p.closedAt)
        w.integer("cycle", p.cycle)
        w.instant("cycleStart", p.cycleStart)
        w.integer("eventCount", p.eventCount)
        w.instant("explicitResolveBy", p.explicitResolveBy)
        w.integer("extensionDays", p.extensionDays)
        w.instant("lastEventAt", p.lastEventAt)
        w.raw("pauses", "[" + p.pauses.map { "{\"end\":\($0.end.secondsSinceEpoch),\"start\":\($0.start.secondsSinceEpoch)}" }.joined(separator: ",") + "]")
        w.raw("pendingExtension", p.pendingExtension.map { "{\"days\":\($0.days),\"requestedAt\":\($0.requestedAt.secondsSinceEpoch)}" })
        w.string("policyVersion", p.policyVersion)
        w.instant("registeredAt", p.registeredAt)
        w.integer("reopens", p.reopens)
        w.raw("resolve", p.resolve.map(deadline))
        w.integer("returns", p.returns)
        w.string("satisfaction", p.satisfaction?.rawValue)
        w.string("status", p.status.rawValue)
        w.string("statusBeforeSuspension", p.statusBeforeSuspension?.rawValue)
        w.raw("steps", "[" + p.steps.map(step).joined(separator: ",") + "]")
        w.instant("suspendedSince", p.suspendedSince)
        w.integer("transfers", p.transfers)
        w.string("unit", p.unit?.rawValue)
        w.string("urgency", p.urgency.rawValue)
        return w.json + "}"
    }

    private static func deadline(_ d: DeadlineState) -> String {
        var w = ProjectionJSONWriter()
        w.instant("due", d.due)
        w.raw("explicit", d.explicit ? "true" : "false")
        w.instant("extendedDue", d.extendedDue)
        w.instant("metAt", d.metAt)
        w.raw("provisional", d.provisional ? "true" : "false")
        return w.json + "}"
    }

    private static func step(_ s: PendingStep) -> String {
        var w = ProjectionJSONWriter()
        w.string("deadline", s.deadline.rawValue)
        w.instant("due", s.due)
        w.raw("provisional", s.provisional ? "true" : "false")
        w.string("tier", s.tier.rawValue)
        return w.json + "}"
    }

    private mutating func key(_ name: String) {
        if !first { json += "," }
        first = false
        json += "\"" + name + "\":"
    }

    private mutating func raw(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        json += value
    }

    private mutating func string(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        FieldsJSON.appendString(value, to: &json)
    }

    private mutating func integer(_ name: String, _ value: Int) {
        raw(name, String(value))
    }

    private mutating func instant(_ name: String, _ value: Instant?) {
        raw(name, value.map { String($0.secondsSinceEpoch) })
    }
}
