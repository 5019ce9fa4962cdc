import CaseWatchCore
import Crypto
import Foundation

/// The Ed25519 private key that signs audit checkpoints; kept in a file outside the database.
public struct AuditSigningKey: Sendable {
    /// The key's 32-byte seed (kept as bytes: Crypto's key type is not `Sendable`).
    private let seed: Data

    private init(_ key: Curve25519.Signing.PrivateKey) {
        seed = key.rawRepresentation
    }

    /// The key as Crypto's type.
    private var key: Curve25519.Signing.PrivateKey {
        // The seed came from a valid key, so this cannot fail.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    }

    /// A new random key.
    public static func generate() -> AuditSigningKey {
        AuditSigningKey(Curve25519.Signing.PrivateKey())
    }

    /// The key in PEM text `text` (PKCS #8, as ``pem`` writes and OpenSSL reads); nil when it is not one.
    public init?(pem text: String) {
        guard let seed = AuditKeyPEM.decode(text, prefix: AuditKeyPEM.privatePrefix, label: "PRIVATE KEY"),
              (try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)) != nil
        else { return nil }
        self.seed = seed
    }

    /// The key as PEM text.
    public var pem: String {
        AuditKeyPEM.encode(key.rawRepresentation, prefix: AuditKeyPEM.privatePrefix, label: "PRIVATE KEY")
    }

    /// The public key that verifies its signatures.
    public var publicKey: AuditPublicKey {
        AuditPublicKey(key.publicKey)
    }

    /// A checkpoint of these fields, signed.
    public func sign(databaseID: String, entries: Int64, head: String, time: Instant) throws -> AuditCheckpoint {
        let keyID = publicKey.keyID
        let text = AuditCheckpoint.signedText(databaseID: databaseID, entries: entries, head: head, time: time, keyID: keyID)
        let signature = try key.signature(for: Data(text.utf8))
        return AuditCheckpoint(databaseID: databaseID, entries: entries, head: head, time: time, keyID: keyID, signature: signature)
    }
}
