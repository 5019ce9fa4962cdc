import CaseWatchCore

/// The size bounds of one intake record (``Limits/longestLineBytes`` and ``Limits/largestFieldBytes``),
/// checked by every intake reader before a record is decoded.
enum IntakeSizes {
    /// Why a record as written is too long, or nil when it is not.
    static func lineProblem(_ raw: String) -> String? {
        let bytes = raw.utf8.count
        guard bytes > Limits.longestLineBytes else { return nil }
        return "the record is too large: \(Limits.grouped(bytes)) bytes, more than the \(Limits.grouped(Limits.longestLineBytes)) a record may have; shorten its fields"
    }

    /// Why one of the named values is too long, or nil when none is. Personal-data fields are dropped
    /// unread, so only the record's size bounds them.
    static func fieldProblem(_ values: some Sequence<(key: String, value: String)>) -> String? {
        for (name, value) in values where value.utf8.count > Limits.largestFieldBytes && !PersonalData.isPersonal(name) {
            return "field '\(name)' is too large: \(Limits.grouped(value.utf8.count)) bytes, more than the \(Limits.grouped(Limits.largestFieldBytes)) a field may hold; shorten it"
        }
        return nil
    }

    /// Why a CSV row (as written, with its cells under `header`) is too large, or nil when it is not.
    static func rowProblem(_ row: CSVTable.Row, header: [String]) -> String? {
        lineProblem(row.raw) ?? fieldProblem(zip(header, row.fields).lazy.map { (key: $0, value: $1) })
    }
}
