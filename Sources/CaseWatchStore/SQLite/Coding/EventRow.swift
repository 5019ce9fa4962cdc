/// The INSERT of one event on SQLite's hot path (``HotStatements``), its parameters given by
/// ``EventColumns/values(of:batch:recordedAt:into:)``.
enum EventRow {
    /// The INSERT of one event (8 parameters, in ``EventColumns/names`` order).
    static let insertSQL = """
        INSERT INTO case_events (\(EventColumns.list)) VALUES (\(EventColumns.names.map { _ in "?" }.joined(separator: ", ")))
        """
}
