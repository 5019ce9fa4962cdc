import CaseWatchCore
import CaseWatchStore
import Hummingbird

/// The query of `GET /v1/cases`: `unit`, `status`, `overdue` (judged at `as_of`, default now), `limit`
/// (1–1000, default 100) and `cursor`; each checked, a 400 problem naming the parameter otherwise.
struct CaseListQuery: Sendable {
    /// The parameters the listing takes.
    static let parameters = ["unit", "status", "overdue", "as_of", "limit", "cursor"]
    /// The page size when none is asked for.
    static let defaultLimit = 100
    /// The page sizes a client may ask for.
    static let limits = 1...1_000

    /// What the cases are filtered by.
    let filter: CaseFilter
    /// The case id the page starts after (from the cursor).
    let after: CaseID?
    /// The page size.
    let limit: Int

    /// The query of `request`; the unit is checked against the store's unit tree.
    init(of request: Request, environment: APIEnvironment) async throws {
        let query = QueryParameters(request, known: Self.parameters)
        try query.refuseUnknown()
        let status = try query.text("status").map { text throws(Problem) -> CaseStatus in
            guard let status = CaseStatus(rawValue: text) else {
                throw Problem(
                    .invalidParameter,
                    "parameter 'status' is '\(PrintableText.escaped(text))'; give one of \(CaseStatus.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            return status
        }
        let unit = query.text("unit").map { UnitID($0) }
        if let unit {
            let known = try await BlockingWork.run("casewatch.http.cases.unit") { try environment.store.read { try $0.unit(unit) != nil } }
            guard known else {
                throw Problem(.invalidParameter, "parameter 'unit': '\(PrintableText.escaped(unit.rawValue))' is not in the unit tree; give a unit id the tree holds")
            }
        }
        filter = CaseFilter(
            status: status, unit: unit, overdue: try query.flag("overdue"), asOf: try query.instant("as_of") ?? environment.clock.now
        )
        after = try query.text("cursor").map { text throws(Problem) in try CaseCursor.caseID(from: text) }
        limit = try query.integer("limit", in: Self.limits) ?? Self.defaultLimit
    }
}
