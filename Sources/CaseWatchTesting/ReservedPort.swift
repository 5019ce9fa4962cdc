#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A loopback TCP port that refuses every connection for as long as the test process runs: a socket bound to
/// it that never listens. A port closed after use could be taken by another test's listener meanwhile (which
/// would then accept, or reset, instead of refusing); a bound port is taken by nobody else.
enum ReservedPort {
    private static let held = Mutex<[Int32]>([])

    /// A new reserved port.
    static func take() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw Failure(reason: reason)
        }
        held.withLock { $0.append(descriptor) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// No port could be reserved.
    struct Failure: Error, CustomStringConvertible {
        let reason: String
        var description: String { "cannot reserve a loopback port: \(reason)" }
    }
}
