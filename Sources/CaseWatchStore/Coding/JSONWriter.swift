/// Writes compact JSON into a growing byte buffer, member by member, in the order given.
///
/// Fast and plain, for the store's hot path: callers write keys in the order they want them (sorted, for
/// the store's formats) and leave out nil members themselves. The buffer is managed by hand (no
/// per-byte uniqueness or capacity checks of `Array`), so the writer cannot be copied.
struct JSONWriter: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Whether the object or array being written has no member yet.
    private var atFirstMember = true

    /// Starts with room for `capacity` bytes; it grows as needed.
    init(capacity: Int = 256) {
        self.capacity = max(capacity, 32)
        buffer = .allocate(capacity: self.capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// The JSON text written.
    consuming func finish() -> String {
        String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self)
    }

    /// The JSON text written, as UTF-8 bytes.
    consuming func finishUTF8() -> [UInt8] {
        Array(UnsafeBufferPointer(start: buffer, count: count))
    }

    /// `{`, starting an object (at the top, as an array element, or after a key).
    mutating func beginObject() {
        separate()
        append(UInt8(ascii: "{"))
        atFirstMember = true
    }

    /// `}`.
    mutating func endObject() {
        append(UInt8(ascii: "}"))
        atFirstMember = false
    }

    /// `[`, starting an array (at the top, or after a key).
    mutating func beginArray() {
        separate()
        append(UInt8(ascii: "["))
        atFirstMember = true
    }

    /// `]`.
    mutating func endArray() {
        append(UInt8(ascii: "]"))
        atFirstMember = false
    }

    /// `"key":` for a literal key that needs no escaping (checked in debug builds), copied as is.
    mutating func key(_ key: StaticString) {
        if !atFirstMember { append(UInt8(ascii: ",")) }
        append(UInt8(ascii: "\""))
        key.withUTF8Buffer { utf8 in
            assert(!utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
            append(utf8)
        }
        append(UInt8(ascii: "\""))
        append(UInt8(ascii: ":"))
        atFirstMember = true  // the value that follows takes no comma
    }

    /// `"key":` for a key of any text (escaped as needed), after a comma unless it is the object's first
    /// member; the value follows.
    mutating func key(text key: String) {
        if !atFirstMember { append(UInt8(ascii: ",")) }
        appendString(key)
        append(UInt8(ascii: ":"))
        atFirstMember = true
    }

    /// A string value.
    mutating func string(_ value: String) {
        separate()
        appendString(value)
    }

    /// An integer value.
    mutating func integer(_ value: Int64) {
        separate()
        reserve(20)
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = count
        repeat {
            buffer[count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            count += 1
            magnitude /= 10
        } while magnitude > 0
        var digits = UnsafeMutableBufferPointer(start: buffer + start, count: count - start)
        digits.reverse()
    }

    /// A Boolean value.
    mutating func bool(_ value: Bool) {
        separate()
        let literal: StaticString = value ? "true" : "false"
        literal.withUTF8Buffer { append($0) }
    }

    /// A comma before a value that is not the first of its array; nothing after a key.
    private mutating func separate() {
        if !atFirstMember { append(UInt8(ascii: ",")) }
        atFirstMember = false
    }

    /// Appends `value` as a JSON string literal, escaping quotes, backslashes and control characters.
    private mutating func appendString(_ value: String) {
        append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var plainStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                append(UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                appendEscape(byte)
                plainStart = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[plainStart...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// The escape sequence of a byte JSON does not allow raw in a string.
    private mutating func appendEscape(_ byte: UInt8) {
        append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
        case UInt8(ascii: "\n"): append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            hex.withUTF8Buffer { digits in
                for byte in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] {
                    append(byte)
                }
            }
        }
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        buffer[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (buffer + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Makes room for `extra` more bytes, doubling the buffer when it is full.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toFit: extra) }
    }

    private mutating func grow(toFit extra: Int) {
        let newCapacity = max(capacity * 2, count + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = grown
        capacity = newCapacity
    }
}

extension JSONWriter {
    /// A string member with a key of any text (escaped as needed).
    mutating func member(text key: String, _ value: String) {
        self.key(text: key)
        string(value)
    }

    /// A string member, left out when nil.
    mutating func member(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    /// An integer member, left out when nil.
    mutating func member(_ key: StaticString, _ value: Int64?) {
        guard let value else { return }
        self.key(key)
        integer(value)
    }

    /// An integer member.
    mutating func member(_ key: StaticString, _ value: Int) {
        self.key(key)
        integer(Int64(value))
    }

    /// A Boolean member.
    mutating func member(_ key: StaticString, _ value: Bool) {
        self.key(key)
        bool(value)
    }
}
