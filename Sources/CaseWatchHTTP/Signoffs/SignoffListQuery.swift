import CaseWatchCore
import Foundation
import Hummingbird

/// The query of `GET /v1/signoffs`: `status` (for API keys: one or more statuses, comma-separated),
/// `limit` (1 to 1000, default 100) and `cursor` (the previous page's `next_cursor`). Anything else is refused.
struct SignoffListQuery {
    /// The statuses asked for, nil for any.
    let statuses: Set<SignoffStatus>?
    /// The most items on the page.
    let limit: Int
    /// The id the page starts after.
    let afterID: Int64

    /// The parameters a request may carry.
    static let names: Set<String> = ["status", "limit", "cursor"]
    /// The page size when none is asked for.
    static let defaultLimit = 100
    /// The page sizes allowed.
    static let limits = 1...1_000

    /// Reads the query of `request`, refusing unknown, repeated or malformed parameters with a 400 problem.
    init(_ request: Request) throws {
        let parameters = request.uri.queryParameters
        var seen: Set<String> = []
        for (name, _) in parameters {
            let name = String(name)
            guard Self.names.contains(name) else {
                throw Problem(.invalidParameter, "unknown query parameter '\(name)': GET /v1/signoffs takes status, limit and cursor")
            }
            guard seen.insert(name).inserted else { throw Problem(.invalidParameter, "'\(name)' is given twice: give it once") }
        }
        statuses = try parameters.get("status").map { text in
            try Set(text.split(separator: ",", omittingEmptySubsequences: false).map { name in
                guard let status = SignoffStatus(rawValue: String(name)) else {
                    throw Problem(.invalidParameter, "status '\(name)': use pending, approved, rejected, returned or escalated (comma-separated for several)")
                }
                return status
            })
        }
        if let text = parameters.get("limit") {
            guard let limit = Int(text), Self.limits.contains(limit) else {
                throw Problem(.invalidParameter, "limit '\(text)': give a whole number from 1 to 1000 (default 100)")
            }
            self.limit = limit
        } else {
            limit = Self.defaultLimit
        }
        afterID = try parameters.get("cursor").map(SignoffCursor.afterID(of:)) ?? 0
    }
}

/// The opaque cursor of sign-off pages: the last id served, as base64url text.
enum SignoffCursor {
    /// The cursor of a page ending at `id`.
    static func after(_ id: Int64) -> String {
        Data("signoff:\(id)".utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The id a cursor ends at; a 400 problem when it is not one this API gave.
    static func afterID(of cursor: String) throws -> Int64 {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8), text.hasPrefix("signoff:"),
              let id = Int64(text.dropFirst("signoff:".count)), id >= 0 else {
            throw Problem(.invalidParameter, "cursor '\(cursor)' is not one this API gave: pass the previous page's next_cursor unchanged")
        }
        return id
    }
}
