import CaseWatchStore

/// The `detail` of an audit entry: a small JSON object with sorted keys, so that it reads the same in
/// every run. Written as the log writes an event's fields (``FieldsJSON``): on every ingest batch, where
/// `JSONSerialization` took a tenth of the write.
enum AuditDetail {
    /// The members as one JSON object.
    static func json(_ members: [String: String]) -> String {
        FieldsJSON.encode(members)
    }
}
