import Crypto

/// The text of an API key, `cwk_<id>_<secret>`: a prefix a leaked key is found by (in a repository, a log),
/// the id it is looked up by, and 32 random bytes as unpadded base64url (43 characters), stored only as
/// their SHA-256 and compared in constant time.
public enum APIKeySecret {
    /// The prefix every key starts with.
    public static let marker = "cwk_"
    /// The length of the secret part: 32 bytes as unpadded base64url.
    public static let secretLength = 43

    /// A key's two parts, read from its text.
    public struct Parts: Hashable, Sendable {
        /// The key's id.
        public let id: Int64
        /// The secret part.
        public let secret: String
    }

    /// A new secret part: 32 bytes from the system's secure generator, as unpadded base64url.
    public static func generateSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return base64URL((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// The key's text for `id` and `secret`.
    public static func text(id: Int64, secret: String) -> String { "\(prefix(of: id))_\(secret)" }

    /// The public prefix of key `id`, `cwk_<id>`.
    public static func prefix(of id: Int64) -> String { "\(marker)\(id)" }

    /// The parts of `text`, nil when it is not shaped as a key (`cwk_`, a positive decimal id, `_`, 43
    /// base64url characters).
    public static func parts(of text: String) -> Parts? {
        guard text.hasPrefix(marker) else { return nil }
        let rest = text.utf8.dropFirst(marker.utf8.count)
        guard let separator = rest.firstIndex(of: UInt8(ascii: "_")) else { return nil }
        let digits = rest[..<separator]
        let secret = rest[rest.index(after: separator)...]
        guard (1...18).contains(digits.count), digits.allSatisfy({ (0x30...0x39).contains($0) }), digits.first != 0x30,
              let id = Int64(String(decoding: digits, as: UTF8.self)),
              secret.count == secretLength, secret.allSatisfy(isBase64URL) else { return nil }
        return Parts(id: id, secret: String(decoding: secret, as: UTF8.self))
    }

    /// The hash a secret part is stored as: SHA-256 of its text, lowercase hex.
    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Array(secret.utf8)).lowercaseHex
    }

    /// Whether `secret` hashes to `storedHash`, compared in time independent of where they differ.
    public static func matches(_ secret: String, storedHash: String) -> Bool {
        let presented = Array(hash(secret).utf8)
        let stored = Array(storedHash.utf8)
        guard presented.count == stored.count else { return false }
        var difference: UInt8 = 0
        for index in presented.indices { difference |= presented[index] ^ stored[index] }
        return difference == 0
    }

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// `bytes` as unpadded base64url.
    private static func base64URL(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0...chunk.count { output.append(alphabet[Int(value >> (18 - 6 * UInt32(position)) & 0x3F)]) }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}
