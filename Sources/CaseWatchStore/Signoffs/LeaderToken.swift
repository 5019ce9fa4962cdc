import Crypto

/// Leaders' personal tokens: random, shown once, stored only as their SHA-256.
public enum LeaderToken {
    /// A new token: `cwt_` and 64 hex digits (256 random bits from the system's secure generator).
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return "cwt_" + bytes.lowercaseHex
    }

    /// The hash a token is stored and looked up by: SHA-256 of its text, in lowercase hex.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).lowercaseHex
    }
}
