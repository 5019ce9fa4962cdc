/// Rows of parameters written as one JSON array of objects keyed by column name, for a backend that takes
/// a whole batch of rows in one parameter (PostgreSQL's `json_to_recordset`): one statement, one round
/// trip, for any number of rows. A NULL value leaves its member out, which reads back as NULL.
package struct JSONRecords: StoredParameters {
    /// A value given.
    private enum Value {
        /// A JSON string.
        case text(String)
        /// A JSON number.
        case integer(Int64)
    }

    /// The column names, in the order each row's values are given.
    private let names: [String]
    /// The rows so far, each a value (nil: NULL) per column given.
    private var rows: [[Value?]] = []

    /// Rows whose values are given in the order of the columns `names`.
    package init(names: [String]) {
        self.names = names
    }

    /// Starts a row: the values given next are its columns, in ``names`` order.
    package mutating func startRow() {
        rows.append([])
        rows[rows.count - 1].reserveCapacity(names.count)
    }

    /// Appends text, or NULL for nil, to the row being given.
    package mutating func text(_ value: String?) {
        append(value.map(Value.text))
    }

    /// Appends an integer, or NULL for nil, to the row being given.
    package mutating func integer(_ value: Int64?) {
        append(value.map(Value.integer))
    }

    /// Appends `value` to the last row started.
    private mutating func append(_ value: Value?) {
        precondition(!rows.isEmpty && rows[rows.count - 1].count < names.count, "a value given outside a row, or past its columns")
        rows[rows.count - 1].append(value)
    }

    /// The rows as a JSON array of objects.
    package func json() -> String {
        var json = JSONWriter(capacity: 64 + rows.count * names.count * 16)
        json.beginArray()
        for row in rows {
            json.beginObject()
            for (name, value) in zip(names, row) {
                switch value {
                case let .text(text): json.member(text: name, text)
                case let .integer(integer):
                    json.key(text: name)
                    json.integer(integer)
                case nil: continue
                }
            }
            json.endObject()
        }
        json.endArray()
        return json.finish()
    }
}
