import GRDBSQLite

/// Binds a statement's parameters one after the other, from the first.
struct ParameterBinder {
    private let statement: OpaquePointer
    /// How many parameters are bound so far.
    private(set) var count: Int32 = 0

    /// SQLite copies the bound text before the call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ statement: OpaquePointer) {
        self.statement = statement
    }

    /// Binds TEXT, or NULL for nil.
    mutating func text(_ value: String?) {
        count += 1
        guard var value else {
            sqlite3_bind_null(statement, count)
            return
        }
        value.withUTF8 { utf8 in
            _ = sqlite3_bind_text(statement, count, utf8.baseAddress, Int32(utf8.count), Self.transient)
        }
    }

    /// Binds TEXT given as UTF-8 bytes.
    mutating func text(utf8: [UInt8]) {
        count += 1
        utf8.withUnsafeBufferPointer { buffer in
            _ = sqlite3_bind_text(statement, count, buffer.baseAddress, Int32(buffer.count), Self.transient)
        }
    }

    /// Binds INTEGER, or NULL for nil.
    mutating func integer(_ value: Int64?) {
        count += 1
        guard let value else {
            sqlite3_bind_null(statement, count)
            return
        }
        sqlite3_bind_int64(statement, count, value)
    }

    /// Binds INTEGER.
    mutating func integer(_ value: Int) {
        integer(Int64(value))
    }

    /// Binds INTEGER 1 or 0, or NULL for nil.
    mutating func bool(_ value: Bool?) {
        integer(value.map { $0 ? 1 : 0 })
    }
}
