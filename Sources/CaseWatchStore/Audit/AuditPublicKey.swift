import Crypto
import Foundation

/// The Ed25519 public key that verifies audit checkpoints.
public struct AuditPublicKey: Hashable, Sendable {
    private let raw: Data

    init(_ key: Curve25519.Signing.PublicKey) {
        raw = key.rawRepresentation
    }

    /// The key in PEM text `text` (SubjectPublicKeyInfo, as ``pem`` writes and OpenSSL reads); nil when it is not one.
    public init?(pem text: String) {
        guard let raw = AuditKeyPEM.decode(text, prefix: AuditKeyPEM.publicPrefix, label: "PUBLIC KEY"),
              (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil
        else { return nil }
        self.raw = raw
    }

    /// The key as PEM text.
    public var pem: String {
        AuditKeyPEM.encode(raw, prefix: AuditKeyPEM.publicPrefix, label: "PUBLIC KEY")
    }

    /// A short name of the key: the first 16 hexadecimal digits of the SHA-256 of its 32 bytes.
    public var keyID: String {
        SHA256.hash(data: raw).prefix(8).lowercaseHex
    }

    /// Whether `checkpoint`'s signature is this key's over its text.
    public func verifies(_ checkpoint: AuditCheckpoint) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(checkpoint.signature, for: Data(checkpoint.signedText.utf8))
    }
}
