/// The INSERT of one notice on SQLite's hot path (``HotStatements``), its parameters given by
/// ``NoticeColumns/values(of:into:)``.
enum NoticeRow {
    /// The INSERT of one notice (17 parameters, in ``NoticeColumns/names`` order).
    static let insertSQL = """
        INSERT INTO notices (\(NoticeColumns.list())) VALUES (\(NoticeColumns.names.map { _ in "?" }.joined(separator: ", ")))
        """
}
