import CaseWatchCore
import Foundation

/// The opaque cursor of a case listing: where the next page starts (after the last case id shown).
enum CaseCursor {
    private static let prefix = "c1."

    /// The cursor resuming after `caseID`.
    static func after(_ caseID: CaseID) -> String {
        prefix + Data(caseID.rawValue.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The case id a cursor resumes after; a 400 problem for text no listing gave out.
    static func caseID(from cursor: String) throws(Problem) -> CaseID {
        let refused = Problem(.invalidParameter, "parameter 'cursor' is not a cursor this API gave out; pass the next_cursor of the previous page as it is")
        guard cursor.hasPrefix(prefix) else { throw refused }
        var base64 = String(cursor.dropFirst(prefix.count)).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let id = String(data: data, encoding: .utf8), !id.isEmpty else { throw refused }
        return CaseID(id)
    }
}
