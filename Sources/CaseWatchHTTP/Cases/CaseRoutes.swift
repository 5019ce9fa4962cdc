import CaseWatchCore
import CaseWatchExport
import CaseWatchStore
import Foundation
import Hummingbird

/// `GET /v1/cases/{id}` (one case in full) and `GET /v1/cases` (cases a page at a time, by id, filtered),
/// scope read.
enum CaseRoutes {
    /// Adds the two routes to the `/v1` group.
    static func add(to v1: RouterGroup<APIContext>, environment: APIEnvironment) {
        v1.get("cases/:id") { request, context in
            try context.require(.read)
            try QueryParameters(request, known: []).refuseUnknown()
            let segment = try context.parameters.require("id")
            // Most ids are sent as they are: only a segment with a `%` is decoded (Foundation's decoding took
            // a twentieth of a GET).
            guard let id = segment.utf8.contains(UInt8(ascii: "%")) ? segment.removingPercentEncoding : segment else {
                throw Problem(.invalidParameter, "the case id in the path is not valid percent-encoding ('\(PrintableText.escaped(segment))'); encode it as UTF-8")
            }
            return try await show(id, environment: environment)
        }
        v1.get("cases") { request, context in
            try context.require(.read)
            return try await list(CaseListQuery(of: request, environment: environment), environment: environment)
        }
    }

    /// The case with `id`, with its escalations and sign-offs; 404 when there is none.
    static func show(_ id: String, environment: APIEnvironment) async throws -> JSONAnswer {
        let caseID = CaseID(id)
        // A read by primary key: where the handler stands, on the HTTP service's threads.
        let found = try await BlockingWork.runBrief("casewatch.http.case") {
            try environment.store.read { reader -> (CaseProjection, PendingStep?, [StoredEscalation], [Signoff])? in
                guard let (projection, next) = try reader.projectionAndNextStep(of: caseID) else { return nil }
                let escalations = try reader.escalations(caseID: caseID)
                // Every sign-off belongs to one of its case's escalations: most cases have none to read.
                return (projection, next, escalations, escalations.isEmpty ? [] : try reader.signoffs(caseID: caseID))
            }
        }
        guard let (projection, next, escalations, signoffs) = found else {
            throw Problem(.caseNotFound, "no case has id '\(PrintableText.escaped(id))'; GET /v1/cases lists the cases")
        }
        let json = CaseJSON(zone: environment.policies.current.displayZone, asOf: environment.clock.now)
        return JSONAnswer(value: json.detail(projection, next: next, escalations: escalations, signoffs: signoffs))
    }

    /// One page of the cases matching `query`, and the cursor of the next page (null on the last).
    static func list(_ query: CaseListQuery, environment: APIEnvironment) async throws -> JSONAnswer {
        let (filter, after, limit) = (query.filter, query.after, query.limit)
        // One more than the page, to know whether another page follows.
        let found = try await BlockingWork.run("casewatch.http.cases") {
            try environment.store.read { reader in try reader.cases(after: after, matching: filter, limit: limit + 1) }
        }
        let page = found.prefix(limit)
        let json = CaseJSON(zone: environment.policies.current.displayZone, asOf: filter.asOf)
        let next = found.count > limit ? CaseCursor.after(page.last!.projection.caseID) : nil
        return JSONAnswer(value: .object(["items": .array(page.map { json.summary($0.projection, next: $0.next) }), "next_cursor": .string(next)]))
    }
}
