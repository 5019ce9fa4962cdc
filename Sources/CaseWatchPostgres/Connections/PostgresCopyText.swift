import CaseWatchStore

/// Rows written in the text format of `COPY … FROM STDIN`, for appending a whole batch to a table in one
/// stream: the server parses no JSON and plans no statement, and inserts the rows several at a time.
///
/// A row is its columns' values separated by tabs and ended by a newline; NULL is `\N`; a backslash, tab,
/// newline or carriage return inside a value is escaped with a backslash. Text is UTF-8, the connection's
/// client encoding.
struct PostgresCopyText: StoredParameters {
    /// How many columns each row has.
    private let columns: Int
    /// The rows written so far.
    private(set) var bytes: [UInt8] = []
    /// The rows started.
    private(set) var rows = 0
    /// The values given to the row being written.
    private var given = 0

    /// Rows of `columns` values each; `capacity` bytes are reserved.
    init(columns: Int, capacity: Int = 0) {
        self.columns = columns
        bytes.reserveCapacity(capacity)
    }

    /// Starts a row: the values given next are its columns, in order. The row before must be complete.
    mutating func startRow() {
        precondition(rows == 0 || given == columns, "a COPY row started before the last one was given all its columns")
        if rows > 0 { bytes.append(UInt8(ascii: "\n")) }
        rows += 1
        given = 0
    }

    /// Appends text, or NULL for nil, to the row being written.
    mutating func text(_ value: String?) {
        separate()
        guard let value else { return null() }
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        // Most values need no escape: copied whole.
        if value.utf8.withContiguousStorageIfAvailable({ $0.contains(where: special) }) == false {
            bytes.append(contentsOf: value.utf8)
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: bytes.append(byte)
            }
        }
    }

    /// Appends an integer, or NULL for nil, to the row being written.
    mutating func integer(_ value: Int64?) {
        separate()
        guard let value else { return null() }
        bytes.append(contentsOf: String(value).utf8)
    }

    /// The stream: every row, each ended by a newline.
    var stream: [UInt8] {
        precondition(rows == 0 || given == columns, "the last COPY row was not given all its columns")
        return rows == 0 ? [] : bytes + [UInt8(ascii: "\n")]
    }

    /// Writes the separator before the next value of the row.
    private mutating func separate() {
        precondition(rows > 0 && given < columns, "a COPY value given outside a row, or past its columns")
        if given > 0 { bytes.append(UInt8(ascii: "\t")) }
        given += 1
    }

    /// Writes NULL.
    private mutating func null() {
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
    }
}
