import CaseWatchCore

/// Reads one intake record, a JSON object, from its UTF-8 bytes into its keys and values in document
/// order, as Foundation's JSONDecoder reads it for `[String: value]`, without building anything else.
///
/// The structure is checked whole, as JSONDecoder checks it, so that one malformed byte anywhere makes the
/// record not valid JSON; keys are read at once (a key that cannot be read is malformed JSON). What a
/// value holds is judged on its own, as JSONDecoder judges it when the value is decoded: a malformed
/// number or string escape makes that value unreadable, not the record. JSONDecoder's leniencies are kept:
/// one trailing comma in an object or array, a UTF-8 byte order mark first, nesting up to 512 levels.
struct IntakeObjectScanner {
    /// Why the record cannot be read as an object at all.
    enum Failure: Error, Equatable {
        /// Valid JSON, but not an object.
        case notAnObject
        /// Not valid JSON.
        case invalidJSON
    }

    /// One key of the object with its value.
    typealias Entry = (key: String, value: IntakeJSONValue)

    /// The entries of `text` in document order (a repeated key kept each time), or why it is no object.
    static func entries(of text: String) -> Result<[Entry], Failure> {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = IntakeObjectScanner(bytes: bytes)
            do throws(Failure) {
                return .success(try scanner.record())
            } catch {
                return .failure(error)
            }
        }
    }

    /// The deepest nesting of arrays and objects JSONDecoder reads, the record's own object included.
    static let deepestNesting = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func record() throws(Failure) -> [Entry] {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        skipSpace()
        guard let first = peek() else { throw .invalidJSON }
        guard first == UInt8(ascii: "{") else {
            try skipValue()
            try expectEnd()
            throw first == UInt8(ascii: "n") ? .invalidJSON : .notAnObject
        }
        var entries: [Entry] = []
        entries.reserveCapacity(12)
        try members { (scanner) throws(Failure) in
            let key = try scanner.key()
            try scanner.colon()
            entries.append((key, try scanner.value()))
        }
        try expectEnd()
        return entries
    }

    /// Reads the object at `position` member by member with `member` (which starts at a member's key).
    private mutating func members(_ member: (inout IntakeObjectScanner) throws(Failure) -> Void) throws(Failure) {
        try open()
        skipSpace()
        while peek() != UInt8(ascii: "}") {
            try member(&self)
            guard try separator(closing: UInt8(ascii: "}")) else { break }
        }
        position += 1
        depth -= 1
    }

    /// Skips the array at `position`.
    private mutating func skipArray() throws(Failure) {
        try open()
        skipSpace()
        while peek() != UInt8(ascii: "]") {
            try skipValue()
            guard try separator(closing: UInt8(ascii: "]")) else { break }
        }
        position += 1
        depth -= 1
    }

    /// Enters the array or object whose bracket is at `position`.
    private mutating func open() throws(Failure) {
        depth += 1
        guard depth <= Self.deepestNesting else { throw .invalidJSON }
        position += 1
    }

    /// After a member or element: true after a comma (and white space), false at the closing bracket.
    private mutating func separator(closing: UInt8) throws(Failure) -> Bool {
        skipSpace()
        switch peek() {
        case UInt8(ascii: ","):
            position += 1
            skipSpace()
            return true
        case closing:
            return false
        default:
            throw .invalidJSON
        }
    }

    private mutating func key() throws(Failure) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw .invalidJSON }
        guard let key = JSONStringContent.text(of: try stringContent()) else { throw .invalidJSON }
        return key
    }

    private mutating func colon() throws(Failure) {
        skipSpace()
        guard peek() == UInt8(ascii: ":") else { throw .invalidJSON }
        position += 1
        skipSpace()
    }

    /// The value at `position`, read.
    private mutating func value() throws(Failure) -> IntakeJSONValue {
        switch peek() ?? 0 {
        case UInt8(ascii: "\""):
            return JSONStringContent.text(of: try stringContent()).map(IntakeJSONValue.string) ?? .unreadable
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNumberToken.value(of: numberToken())
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default:
            let start = position
            try skipValue()
            switch bytes[start] {
            case UInt8(ascii: "["): return .other("an array")
            case UInt8(ascii: "{"): return .other("an object")
            default: return .other(bytes[start] == UInt8(ascii: "t") ? "true" : "false")
            }
        }
    }

    /// Skips the value at `position`, checking only its structure.
    private mutating func skipValue() throws(Failure) {
        switch peek() ?? 0 {
        case UInt8(ascii: "\""): _ = try stringContent()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = numberToken()
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "["): try skipArray()
        case UInt8(ascii: "{"):
            try members { (scanner) throws(Failure) in
                guard scanner.peek() == UInt8(ascii: "\"") else { throw .invalidJSON }
                _ = try scanner.stringContent()
                try scanner.colon()
                try scanner.skipValue()
            }
        default: throw .invalidJSON
        }
    }

    /// The bytes between the quotes of the string at `position`, which must be closed; as JSONDecoder
    /// does, a `\u` must be followed by four bytes, none of them a quote.
    private mutating func stringContent() throws(Failure) -> Slice<UnsafeBufferPointer<UInt8>> {
        let start = position + 1
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                position = index + 1
                return bytes[start..<index]
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { throw .invalidJSON }
                guard bytes[index + 1] == UInt8(ascii: "u") else {
                    index += 2
                    continue
                }
                guard index + 6 <= bytes.count, !bytes[(index + 2)..<(index + 6)].contains(UInt8(ascii: "\"")) else {
                    throw .invalidJSON
                }
                index += 6
            default:
                index += 1
            }
        }
        throw .invalidJSON
    }

    /// The run of number bytes (`0-9 . e E + -`) at `position`, which JSONDecoder takes as one number.
    private mutating func numberToken() -> Slice<UnsafeBufferPointer<UInt8>> {
        let start = position
        while let byte = peek(), Self.isNumberByte(byte) { position += 1 }
        return bytes[start..<position]
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
             UInt8(ascii: "+"), UInt8(ascii: "-"): true
        default: false
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count else { throw .invalidJSON }
        for offset in 0..<length where bytes[position + offset] != word.utf8Start[offset] {
            throw .invalidJSON
        }
        position += length
    }

    private mutating func expectEnd() throws(Failure) {
        skipSpace()
        guard position == bytes.count else { throw .invalidJSON }
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }
}
