import CaseWatchCore
import Foundation

/// A projection as the store keeps it whole: JSON with sorted keys, instants as seconds since the epoch.
///
/// Written by hand, member by member, because it is on the ingest hot path (`JSONEncoder` took most of
/// the ingest time); the text is exactly what `JSONEncoder` with `.sortedKeys` writes for the projection's
/// `Codable` conformance, so anything reads it back with `JSONDecoder`, as ``decode(_:of:)`` does. The
/// tests hold both writers to the same output for a projection with every member set.
package enum ProjectionJSON {
    /// The projection as JSON text.
    package static func encode(_ projection: CaseProjection) -> String {
        String(decoding: utf8(projection), as: UTF8.self)
    }

    /// The projection as JSON text in UTF-8 bytes, ready to bind.
    package static func utf8(_ projection: CaseProjection) -> [UInt8] {
        var json = JSONWriter(capacity: 1024)
        json.beginObject()
        write("accept", projection.accept, to: &json)
        json.member("caseID", projection.caseID.rawValue)
        json.member("category", projection.category)
        json.member("closedAt", projection.closedAt?.secondsSinceEpoch)
        json.member("cycle", projection.cycle)
        json.member("cycleStart", projection.cycleStart?.secondsSinceEpoch)
        json.member("eventCount", projection.eventCount)
        json.member("explicitResolveBy", projection.explicitResolveBy?.secondsSinceEpoch)
        json.member("extensionDays", projection.extensionDays)
        json.member("lastEventAt", projection.lastEventAt.secondsSinceEpoch)
        json.key("pauses")
        json.beginArray()
        for pause in projection.pauses {
            json.beginObject()
            json.member("end", pause.end.secondsSinceEpoch)
            json.member("start", pause.start.secondsSinceEpoch)
            json.endObject()
        }
        json.endArray()
        if let pending = projection.pendingExtension {
            json.key("pendingExtension")
            json.beginObject()
            json.member("days", pending.days)
            json.member("requestedAt", pending.requestedAt.secondsSinceEpoch)
            json.endObject()
        }
        json.member("policyVersion", projection.policyVersion)
        json.member("registeredAt", projection.registeredAt.secondsSinceEpoch)
        json.member("reopens", projection.reopens)
        write("resolve", projection.resolve, to: &json)
        json.member("returns", projection.returns)
        json.member("satisfaction", projection.satisfaction?.rawValue)
        json.member("status", projection.status.rawValue)
        json.member("statusBeforeSuspension", projection.statusBeforeSuspension?.rawValue)
        json.key("steps")
        json.beginArray()
        for step in projection.steps {
            json.beginObject()
            json.member("deadline", step.deadline.rawValue)
            json.member("due", step.due.secondsSinceEpoch)
            json.member("provisional", step.provisional)
            json.member("tier", step.tier.rawValue)
            json.endObject()
        }
        json.endArray()
        json.member("suspendedSince", projection.suspendedSince?.secondsSinceEpoch)
        json.member("transfers", projection.transfers)
        json.member("unit", projection.unit?.rawValue)
        json.member("urgency", projection.urgency.rawValue)
        json.endObject()
        return json.finishUTF8()
    }

    /// The projection stored for `caseID`, read back from its JSON text: by ``ProjectionJSONReader`` when the
    /// text is of the writer's shape (nearly always), else by `JSONDecoder`.
    package static func decode(_ json: String, of caseID: String) throws(StoreError) -> CaseProjection {
        if let projection = ProjectionJSONReader.read(json) { return projection }
        do {
            return try JSONDecoder().decode(CaseProjection.self, from: Data(json.utf8))
        } catch {
            throw .corrupt("the projection of case '\(caseID)' does not decode: \(error)")
        }
    }

    /// A deadline member, left out when nil.
    private static func write(_ key: StaticString, _ state: DeadlineState?, to json: inout JSONWriter) {
        guard let state else { return }
        json.key(key)
        json.beginObject()
        json.member("due", state.due.secondsSinceEpoch)
        json.member("explicit", state.explicit)
        json.member("extendedDue", state.extendedDue?.secondsSinceEpoch)
        json.member("metAt", state.metAt?.secondsSinceEpoch)
        json.member("provisional", state.provisional)
        json.endObject()
    }
}
