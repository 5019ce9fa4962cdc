import CaseWatchConfig
import CaseWatchCore
import CaseWatchStore
import Hummingbird

/// `GET /v1/escalations` (a page of escalations in commit order after a cursor) and
/// `GET /v1/escalations/stream` (the same as Server-Sent Events, live and resumable), scope `read`.
enum EscalationRoutes {
    /// Adds the two routes to the `/v1` group.
    static func add(to v1: RouterGroup<APIContext>, environment: APIEnvironment) {
        v1.get("escalations") { request, context in
            try context.require(.read)
            let query = try EscalationQuery(request)
            try await query.checkUnit(in: environment.store)
            return try await page(query, environment: environment)
        }
        v1.get("escalations/stream") { request, context in
            try context.require(.read)
            let query = try EscalationQuery(request, allowing: ["access_token"], resumable: true)
            try await query.checkUnit(in: environment.store)
            let response = try await EscalationStream.response(query, environment: environment)
            environment.logger.info("event stream opened", metadata: ["path": "\(request.uri.path)", "by": "\(context.principal?.auditActor ?? "-")"])
            return response
        }
    }

    /// One page: `items` after the cursor, and `next_cursor` (the last item's id) when the page is full.
    static func page(_ query: EscalationQuery, environment: APIEnvironment) async throws -> Response {
        let store = environment.store
        let zone = environment.policies.current.displayZone
        let found = try await BlockingWork.run("casewatch.http.escalations") {
            try store.read { try $0.escalations(afterID: query.after ?? 0, tier: query.tier, under: query.unit, limit: query.limit) }
        }
        let items = found.map { EscalationItem($0, zone: zone) }
        return try StreamJSON.response(EscalationPage(items: items, nextCursor: found.count == query.limit ? found.last.map { String($0.id) } : nil))
    }
}

/// A page of escalations: `items`, and `next_cursor` (null when no more were there).
struct EscalationPage: Encodable, Sendable {
    let items: [EscalationItem]
    let nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case items
        case nextCursor = "next_cursor"
    }

    /// Encodes both members, `next_cursor` as null when there is none.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}
