import CaseWatchCore
import Foundation

/// A projection as the store keeps it whole: JSON with sorted keys, instants as seconds since the epoch.
struct ProjectionJSON {
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
    private let decoder = JSONDecoder()

    /// The projection as JSON text.
    func encode(_ projection: CaseProjection) throws(StoreError) -> String {
        do {
            return String(decoding: try encoder.encode(projection), as: UTF8.self)
        } catch {
            throw .corrupt("case '\(projection.caseID)': its projection does not encode as JSON: \(error)")
        }
    }

    /// The projection stored for `caseID`, read back from its JSON text.
    func decode(_ json: String, of caseID: String) throws(StoreError) -> CaseProjection {
        do {
            return try decoder.decode(CaseProjection.self, from: Data(json.utf8))
        } catch {
            throw .corrupt("the projection of case '\(caseID)' does not decode: \(error)")
        }
    }
}
