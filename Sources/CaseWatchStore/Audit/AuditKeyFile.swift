import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files that hold the checkpoint keys: the private key readable by its owner alone, the public key
/// for anyone who verifies.
public enum AuditKeyFile {
    /// The private key in the file at `path`, refusing a file that other users may read or write.
    public static func readSigningKey(at path: String) throws(AuditCheckpointError) -> AuditSigningKey {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .file(path: path, detail: "cannot read it (\(error.localizedDescription))")
        }
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
        if mode & 0o077 != 0 { throw .keyFileOpen(path: path, mode: mode & 0o777) }
        guard let key = AuditSigningKey(pem: try text(at: path)) else { throw .notAKey(path: path, kind: "private") }
        return key
    }

    /// The public key in the file at `path`.
    public static func readPublicKey(at path: String) throws(AuditCheckpointError) -> AuditPublicKey {
        guard let key = AuditPublicKey(pem: try text(at: path)) else { throw .notAKey(path: path, kind: "public") }
        return key
    }

    /// Writes `key` to a new file at `privatePath` (mode 600) and its public key to a new file at
    /// `publicPath` (mode 644); refuses to write over a file that exists.
    public static func writeNew(_ key: AuditSigningKey, privateAt privatePath: String, publicAt publicPath: String) throws(AuditCheckpointError) {
        try create(privatePath, mode: 0o600, content: key.pem)
        do throws(AuditCheckpointError) {
            try create(publicPath, mode: 0o644, content: key.publicKey.pem)
        } catch {
            unlink(privatePath)
            throw error
        }
    }

    /// The content of the file at `path` as UTF-8 text.
    static func text(at path: String) throws(AuditCheckpointError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .file(path: path, detail: "cannot read it; check the path and that you may read it")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Creates `path` with `mode` (O_EXCL: never over an existing file) holding `content`, synced.
    private static func create(_ path: String, mode: mode_t, content: String) throws(AuditCheckpointError) {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw .file(path: path, detail: "a file exists there; a key is never written over one: choose another path") }
            throw .file(path: path, detail: "cannot create it: \(String(cString: strerror(code)))")
        }
        defer { close(descriptor) }
        fchmod(descriptor, mode)
        let bytes = Array(content.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            let detail = String(cString: strerror(errno))
            unlink(path)
            throw .file(path: path, detail: "cannot write it: \(detail)")
        }
    }
}
