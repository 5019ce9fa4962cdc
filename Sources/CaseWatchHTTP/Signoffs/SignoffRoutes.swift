import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation
import Hummingbird

/// Leadership sign-offs over HTTP, under exactly the CLI's rules (the ``SignoffDesk`` decides, checks the
/// leader's authority and audits):
///
/// - `GET /v1/signoffs`: with a leader's token, the sign-offs awaiting that leader; with an API key of scope
///   `read` or `signoff`, every sign-off (`status=` filters); in id order, paged by `cursor`;
/// - `POST /v1/signoffs/{id}/approve` (`instruction`, optional `deadline`), `/reject` (`reason`),
///   `/return` (`reason`): a leader's own token only.
enum SignoffRoutes {
    /// Adds the routes to the `/v1` group.
    static func add(to v1: RouterGroup<APIContext>, environment: APIEnvironment) {
        v1.get("signoffs") { request, context in try await list(request, context: context, environment: environment) }
        v1.post("signoffs/:id/approve") { request, context in
            try await decide(request, context: context, environment: environment, required: ["instruction"], optional: ["deadline"]) { desk, id, token, body, now in
                let deadline = try body.members["deadline"].map(deadline(_:))
                let (order, due) = try desk.approve(id, token: token, instruction: body.members["instruction"] ?? "", deadline: deadline, at: now)
                return { zone in ["order": ["case_id": order.rawValue, "due_at": InstantFormatter.format(due, in: zone)]] }
            }
        }
        v1.post("signoffs/:id/reject") { request, context in
            try await decide(request, context: context, environment: environment, required: ["reason"]) { desk, id, token, body, now in
                let points = try desk.reject(id, token: token, reason: body.members["reason"] ?? "", at: now)
                return { _ in ["points_reversed": "\(AssessmentPoints(hundredths: abs(points.hundredths)))"] }
            }
        }
        v1.post("signoffs/:id/return") { request, context in
            try await decide(request, context: context, environment: environment, required: ["reason"]) { desk, id, token, body, now in
                try desk.return(id, token: token, reason: body.members["reason"] ?? "", at: now)
                return { _ in [:] }
            }
        }
    }

    /// `GET /v1/signoffs`.
    private static func list(_ request: Request, context: APIContext, environment: APIEnvironment) async throws -> Response {
        let query = try SignoffListQuery(request)
        let principal = try context.require(.signoff, or: .read)
        let (store, policies, now) = (environment.store, environment.policies.current, environment.clock.now)
        let page: [Signoff]
        switch principal {
        case let .leader(_, token):
            guard query.statuses == nil else {
                throw Problem(.invalidParameter, "status: a leader's list is the sign-offs awaiting them (pending); leave status out")
            }
            page = try await refusing {
                try await BlockingWork.run("casewatch.http.signoffs") {
                    let desk = SignoffDesk(store: store, catalog: policies)
                    let awaiting = try desk.awaiting(try desk.authenticate(token: token, at: now))
                    return Array(awaiting.filter { $0.id > query.afterID }.sorted { $0.id < $1.id }.prefix(query.limit + 1))
                }
            }
        case .apiKey:
            page = try await BlockingWork.run("casewatch.http.signoffs") {
                try store.read { try $0.signoffPage(statuses: query.statuses, afterID: query.afterID, limit: query.limit + 1) }
            }
        }
        let zone = policies.displayZone
        let items = page.prefix(query.limit)
        let next: Any = page.count > query.limit ? SignoffCursor.after(items.last!.id) : NSNull()
        return SignoffJSON.response(["items": items.map { SignoffJSON.object($0, zone: zone) }, "next_cursor": next])
    }

    /// A decision on sign-off `{id}` by the leader whose token the request carries: `body` reads the
    /// request's members and decides through the desk, returning the answer's members beside `signoff`.
    private static func decide(
        _ request: Request, context: APIContext, environment: APIEnvironment, required: [String], optional: [String] = [],
        _ body: @escaping @Sendable (SignoffDesk, Int64, String, DecisionBody, Instant) throws -> @Sendable (ZoneRules) -> [String: Any]
    ) async throws -> Response {
        guard case let .leader(_, token) = try context.require(.signoff, or: .ingest, .read) else {
            throw Problem(
                .leaderTokenRequired,
                "decisions need a leader's own token: send Authorization: Bearer <the leader's sign-off token> (`casewatch leaders token <leader>`); API keys only read sign-offs"
            )
        }
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text), id > 0 else {
            throw Problem(.invalidParameter, "sign-off id '\(text)': give the id of a sign-off, a whole number, as GET /v1/signoffs lists it")
        }
        let members = try await DecisionBody.read(request, context: context, required: required, optional: optional)
        let (store, policies, now) = (environment.store, environment.policies.current, environment.clock.now)
        let (extra, signoff) = try await refusing {
            try await BlockingWork.run("casewatch.http.signoff-decision") {
                let extra = try body(SignoffDesk(store: store, catalog: policies), id, token, members, now)
                return (extra, try store.read { try $0.signoff(id: id) })
            }
        }
        environment.link.followNow()
        let zone = policies.displayZone
        var answer = extra(zone)
        answer["signoff"] = signoff.map { SignoffJSON.object($0, zone: zone) } ?? NSNull()
        return SignoffJSON.response(answer)
    }

    /// A decision's `deadline`, read as the CLI's --deadline is; a 422 problem when it cannot be.
    private static func deadline(_ text: String) throws -> ClockDuration {
        do {
            return try DurationParser.parse(text)
        } catch {
            throw Problem(.invalidDecision, "deadline '\(text)': \(error); write e.g. \"3 working days\" or 48h, or leave it out for the policy's")
        }
    }

    /// Runs `body`, answering the sign-off desk's refusals as problems.
    private static func refusing<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let refusal as SignoffRefusal {
            throw refusal.problem
        }
    }
}

extension APIContext {
    /// The principal, if it may act in `scope` or in one of `others`; otherwise the 403 problem for `scope`.
    func require(_ scope: KeyScope, or others: KeyScope...) throws -> Principal {
        if let principal, others.contains(where: principal.allows) { return principal }
        return try require(scope)
    }
}
