import HummingbirdTLS
import NIOSSL

/// A certificate chain and its private key, in PEM files, to serve HTTPS with.
public struct TLSFiles: Sendable, Hashable {
    /// The certificate chain's file.
    public let certificate: String
    /// The private key's file.
    public let key: String

    /// The files `certificate` and `key`.
    public init(certificate: String, key: String) {
        self.certificate = certificate
        self.key = key
    }

    /// Why the files cannot be used.
    public struct Unreadable: Error, Sendable {
        /// What the TLS library said.
        public let reason: String
    }

    /// The server's TLS configuration, read from the files; throws ``Unreadable`` naming the library's reason.
    func configuration() throws(Unreadable) -> TLSConfiguration {
        do {
            let chain = try NIOSSLCertificate.fromPEMFile(certificate).map { NIOSSLCertificateSource.certificate($0) }
            guard !chain.isEmpty else { throw Unreadable(reason: "no certificate in \(certificate)") }
            let privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
            return TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(privateKey))
        } catch let error as Unreadable {
            throw error
        } catch {
            throw Unreadable(reason: "\(error)")
        }
    }
}
