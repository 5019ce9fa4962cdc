/// Bytes as lowercase hexadecimal digits, two a byte: how the audit chain writes hashes, keys and tokens.
extension Sequence<UInt8> {
    /// The bytes in lowercase hexadecimal.
    var lowercaseHex: String {
        let bytes = Array(self)
        return String(unsafeUninitializedCapacity: 2 * bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[2 * index] = HexDigits.lowercase[Int(byte >> 4)]
                buffer[2 * index + 1] = HexDigits.lowercase[Int(byte & 0x0F)]
            }
            return 2 * bytes.count
        }
    }
}

/// The sixteen hexadecimal digits.
enum HexDigits {
    /// `0`–`9` and `a`–`f` as UTF-8.
    static let lowercase: [UInt8] = Array("0123456789abcdef".utf8)
}
