import CaseWatchCore
import CaseWatchStore
import HTTPTypes
import Hummingbird

/// The query of `GET /v1/escalations` and of the stream: where to start (`after`, or the stream's
/// `Last-Event-ID`), which `tier`, which `unit` (the unit and every unit under it), how many (`limit`).
/// Every parameter is checked; an unknown one, a repeated one or a bad value is a 400 problem naming it.
struct EscalationQuery: Sendable {
    /// Start after this row id (0: from the first escalation); nil when the request gave no cursor.
    var after: Int64?
    /// Only this tier.
    var tier: TierName?
    /// Only escalations charged to this unit or a unit under it.
    var unit: UnitID?
    /// At most this many items (a list's page).
    var limit: Int

    /// The largest `limit`.
    static let maxLimit = 1000
    /// The `limit` when none is given.
    static let defaultLimit = 100

    /// Reads the query of `request`, allowing `extra` parameters beyond `after`, `tier`, `unit`, `limit`
    /// (the stream's `access_token`, the wall's `lang`); the cursor in the `Last-Event-ID` header, when
    /// `resumable` and present, wins over `after` (a browser reconnects with the first URL and the header).
    init(_ request: Request, allowing extra: Set<String> = [], resumable: Bool = false) throws(Problem) {
        try QueryNames.check(request, allowed: Set(["after", "tier", "unit", "limit"]).union(extra))
        let parameters = request.uri.queryParameters
        after = try parameters.get("after").map { text throws(Problem) in try Self.cursor(String(text), source: "query parameter 'after'") }
        if resumable, let header = request.headers[.lastEventID] {
            after = try Self.cursor(header, source: "header Last-Event-ID")
        }
        tier = try parameters.get("tier").map { text throws(Problem) in
            guard let tier = TierName(rawValue: String(text)) else {
                throw Problem(.invalidParameter, "query parameter 'tier': '\(text)' is no tier; use one of \(TierName.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return tier
        }
        unit = try parameters.get("unit").map { text throws(Problem) in
            guard !text.isEmpty else { throw Problem(.invalidParameter, "query parameter 'unit' is empty; give a unit id such as cc.nanguan") }
            return UnitID(String(text))
        }
        limit = try parameters.get("limit").map { text throws(Problem) in
            guard let limit = Int(text), (1...Self.maxLimit).contains(limit) else {
                throw Problem(.invalidParameter, "query parameter 'limit': '\(text)' is not a whole number from 1 to \(Self.maxLimit)")
            }
            return limit
        } ?? Self.defaultLimit
    }

    /// The row id in a cursor; a 400 problem naming `source` when it is not one.
    static func cursor(_ text: String, source: String) throws(Problem) -> Int64 {
        guard let id = Int64(text), id >= 0 else {
            throw Problem(.invalidParameter, "\(source): '\(text)' is not an escalation cursor; give the id of the last escalation read, or 0 for the first")
        }
        return id
    }

    /// Refuses a `unit` the store's tree does not hold (400 naming it). Reads the store off the cooperative pool.
    func checkUnit(in store: any CaseStore) async throws {
        guard let unit else { return }
        let known = try await BlockingWork.run("casewatch.http.unit") { try store.read { try $0.unit(unit) } != nil }
        guard known else {
            throw Problem(.invalidParameter, "query parameter 'unit': no unit '\(unit.rawValue)' in the unit tree; give the id of a unit of units.yaml, e.g. cc.nanguan")
        }
    }
}

extension HTTPField.Name {
    /// `Last-Event-ID`: the id of the last event a reconnecting event-stream client received.
    static let lastEventID = Self("Last-Event-ID")!
}
