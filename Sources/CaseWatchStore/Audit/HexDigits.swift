/// Bytes as lowercase hexadecimal digits, two a byte: how the audit chain writes hashes and key ids.
extension Sequence<UInt8> {
    /// The bytes in lowercase hexadecimal.
    var lowercaseHex: String {
        map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
