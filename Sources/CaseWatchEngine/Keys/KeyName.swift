/// The rule for API key names: 1 to 64 ASCII letters, digits, `.`, `_` or `-`, starting with a letter (so a
/// name is never taken for a key's id).
enum KeyName {
    /// The longest name.
    static let maxLength = 64

    /// Whether `name` follows the rule.
    static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...maxLength).contains(bytes.count), isLetter(bytes[0]) else { return false }
        return bytes.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
}
