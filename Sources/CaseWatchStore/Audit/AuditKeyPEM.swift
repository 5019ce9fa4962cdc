import Foundation

/// Ed25519 keys in the PEM files OpenSSL reads and writes: a private key as PKCS #8 (`PRIVATE KEY`), a
/// public key as SubjectPublicKeyInfo (`PUBLIC KEY`), RFC 8410.
///
/// Both DER encodings are a fixed prefix followed by the 32 raw key bytes, so no ASN.1 parser is needed:
/// `openssl pkey -in key.pem -pubout` gives the same public key file.
enum AuditKeyPEM {
    /// PKCS #8 of an Ed25519 private key, up to its 32-byte seed.
    static let privatePrefix: [UInt8] = [0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]
    /// SubjectPublicKeyInfo of an Ed25519 public key, up to its 32 bytes.
    static let publicPrefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]

    /// The PEM text of `raw` (32 key bytes) after `prefix`, under `label`.
    static func encode(_ raw: Data, prefix: [UInt8], label: String) -> String {
        let base64 = (Data(prefix) + raw).base64EncodedString(options: [.lineLength64Characters, .endLineWithLineFeed])
        return "-----BEGIN \(label)-----\n\(base64)\n-----END \(label)-----\n"
    }

    /// The 32 key bytes of PEM `text` under `label` whose DER starts with `prefix`; nil when it is not one.
    static func decode(_ text: String, prefix: [UInt8], label: String) -> Data? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let begin = lines.firstIndex(of: "-----BEGIN \(label)-----"),
              let end = lines.firstIndex(of: "-----END \(label)-----"), begin < end,
              let der = Data(base64Encoded: lines[(begin + 1)..<end].joined()),
              der.count == prefix.count + 32, der.prefix(prefix.count).elementsEqual(prefix)
        else { return nil }
        return der.suffix(32)
    }
}
