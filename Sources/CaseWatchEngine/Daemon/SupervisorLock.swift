#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock that makes one daemon the active supervisor of a database: an exclusive lock on the file
/// `<database>.daemon`, held for the daemon's life and released by the kernel when the process ends,
/// however it ends (`kill -9` included), so that a restarted daemon never waits for a stale lease.
///
/// The file also carries the holder's ``DaemonRecord`` (its heartbeat), which `casewatch status` reads.
/// On Linux the lock is an open-file-description lock, so that it also excludes a second supervisor in
/// the same process (tests) and a status check never disturbs it.
public final class SupervisorLock {
    /// The lock file's path.
    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The lock file of the database at `databasePath`.
    public static func path(forDatabase databasePath: String) -> String {
        databasePath + ".daemon"
    }

    /// Why the lock was not taken.
    public enum Refusal: Error, Sendable, CustomStringConvertible {
        /// Another daemon holds it; its last record, if readable.
        case held(path: String, by: DaemonRecord?)
        /// The lock file cannot be opened or locked.
        case unavailable(path: String, reason: String)

        /// What is wrong, for logs; the remedy is the commands' to say.
        public var description: String {
            switch self {
            case let .held(path, record?):
                "another casewatchd (pid \(record.pid) on \(record.host), \(record.state)) supervises this database (lock file \(path))"
            case let .held(path, nil):
                "another casewatchd supervises this database (lock file \(path))"
            case let .unavailable(path, reason):
                "cannot lock \(path): \(reason)"
            }
        }
    }

    /// Takes the lock of the database at `databasePath`, or throws ``Refusal/held(path:by:)`` at once if
    /// another daemon holds it.
    public static func acquire(forDatabase databasePath: String) throws(Refusal) -> SupervisorLock {
        let path = path(forDatabase: databasePath)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .unavailable(path: path, reason: String(cString: strerror(errno))) }
        var request = Self.request(F_WRLCK)
        guard fcntl(descriptor, Self.setLock, &request) == 0 else {
            let code = errno
            close(descriptor)
            if code == EAGAIN || code == EACCES { throw .held(path: path, by: readRecord(at: path)) }
            throw .unavailable(path: path, reason: String(cString: strerror(code)))
        }
        return SupervisorLock(path: path, descriptor: descriptor)
    }

    /// Replaces the record in the lock file (no sync: it is a heartbeat, not a record).
    public func publish(_ record: DaemonRecord) {
        let bytes = record.encoded()
        _ = ftruncate(descriptor, 0)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// Whether a daemon holds the lock of the database at `databasePath`, and the last record in its lock
    /// file (the holder's heartbeat, or what a stopped daemon left).
    public static func inspect(forDatabase databasePath: String) -> (held: Bool, record: DaemonRecord?) {
        let path = path(forDatabase: databasePath)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return (false, nil) }
        defer { close(descriptor) }
        var probe = request(F_WRLCK)
        let held = fcntl(descriptor, getLock, &probe) == 0 && probe.l_type != Int16(F_UNLCK)
        return (held, readRecord(at: path))
    }

    private static func readRecord(at path: String) -> DaemonRecord? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 4_096)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return DaemonRecord.decode(Array(bytes[..<count]))
    }

    /// A lock request of `type` over the whole file.
    private static func request(_ type: Int32) -> flock {
        var request = flock()
        request.l_type = Int16(type)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = 0
        request.l_len = 0
        return request
    }

    #if os(Linux)
    /// `F_OFD_SETLK`: locks per open file description (Linux), not per process.
    private static let setLock: Int32 = 37
    /// `F_OFD_GETLK`.
    private static let getLock: Int32 = 36
    #else
    private static let setLock = F_SETLK
    private static let getLock = F_GETLK
    #endif
}
