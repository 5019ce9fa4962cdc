import CaseWatchCore
import Foundation

/// A projection as the store keeps it whole: JSON in its Codable form, instants as seconds since the epoch.
struct ProjectionJSON {
    private let decoder = JSONDecoder()

    /// The projection as JSON text.
    func encode(_ projection: CaseProjection) -> String {
        ProjectionJSONWriter.encode(projection)
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
