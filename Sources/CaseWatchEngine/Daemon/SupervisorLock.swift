#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock that makes one daemon the active supervisor of a database: an exclusive lock on one byte of
/// the database file itself, far past anything SQLite locks or writes, held for the daemon's life and
/// released by the kernel when the process ends, however it ends (`kill -9` included), so that a restarted
/// daemon never waits for a stale lease. Locking the database, not a file beside it, means that removing
/// or replacing a file cannot let a second daemon in.
///
/// The file `<database>.daemon` carries the holder's ``DaemonRecord`` (its heartbeat), which
/// `casewatch status` reads; it is never opened through a symbolic link. On Linux the lock is an
/// open-file-description lock, so that it also excludes a second supervisor in the same process (tests),
/// SQLite's own locks on the file never release it, and a status check never disturbs it.
public final class SupervisorLock {
    /// The record file's path (`<database>.daemon`).
    public let path: String
    private let databasePath: String
    private let lockDescriptor: Int32
    private var descriptor: Int32

    private init(path: String, databasePath: String, lockDescriptor: Int32, descriptor: Int32) {
        self.path = path
        self.databasePath = databasePath
        self.lockDescriptor = lockDescriptor
        self.descriptor = descriptor
    }

    /// Releases the lock; the database's descriptor is kept for reuse, never closed (see
    /// ``DatabaseFileDescriptors``).
    deinit {
        close(descriptor)
        var unlock = Self.request(F_UNLCK)
        _ = fcntl(lockDescriptor, Self.setLock, &unlock)
        DatabaseFileDescriptors.giveBack(lockDescriptor, databasePath)
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
        let lockDescriptor = DatabaseFileDescriptors.take(databasePath)
        guard lockDescriptor >= 0 else { throw .unavailable(path: databasePath, reason: String(cString: strerror(errno))) }
        var request = Self.request(F_WRLCK)
        guard fcntl(lockDescriptor, Self.setLock, &request) == 0 else {
            let code = errno
            DatabaseFileDescriptors.giveBack(lockDescriptor, databasePath)
            if code == EAGAIN || code == EACCES { throw .held(path: path, by: readRecord(at: path)) }
            throw .unavailable(path: databasePath, reason: String(cString: strerror(code)))
        }
        let descriptor: Int32
        do {
            descriptor = try RegularFile.openForWriting(path)
        } catch {
            var unlock = Self.request(F_UNLCK)
            _ = fcntl(lockDescriptor, Self.setLock, &unlock)
            DatabaseFileDescriptors.giveBack(lockDescriptor, databasePath)
            throw error
        }
        return SupervisorLock(path: path, databasePath: databasePath, lockDescriptor: lockDescriptor, descriptor: descriptor)
    }

    /// Replaces the record in the lock file (no sync: it is a heartbeat, not a record).
    /// If the record file was removed or replaced, it is made again first (the lock itself is on the
    /// database, so nothing else changes).
    public func publish(_ record: DaemonRecord) {
        reopenIfReplaced()
        let bytes = record.encoded()
        _ = ftruncate(descriptor, 0)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    private func reopenIfReplaced() {
        var named = stat(), held = stat()
        guard fstat(descriptor, &held) == 0 else { return }
        if lstat(path, &named) == 0, named.st_dev == held.st_dev, named.st_ino == held.st_ino { return }
        guard let fresh = try? RegularFile.openForWriting(path) else { return }
        close(descriptor)
        descriptor = fresh
    }

    /// Whether a daemon holds the lock of the database at `databasePath`, and the last record in its lock
    /// file (the holder's heartbeat, or what a stopped daemon left).
    public static func inspect(forDatabase databasePath: String) -> (held: Bool, record: DaemonRecord?) {
        let path = path(forDatabase: databasePath)
        // Never a descriptor opened and closed here: closing it would drop this process's SQLite locks.
        let descriptor = DatabaseFileDescriptors.take(databasePath)
        guard descriptor >= 0 else { return (false, readRecord(at: path)) }
        defer { DatabaseFileDescriptors.giveBack(descriptor, databasePath) }
        var probe = request(F_WRLCK)
        let held = fcntl(descriptor, getLock, &probe) == 0 && probe.l_type != Int16(F_UNLCK)
        return (held, readRecord(at: path))
    }

    private static func readRecord(at path: String) -> DaemonRecord? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 4_096)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return DaemonRecord.decode(Array(bytes[..<count]))
    }

    /// The byte of the database file the lock covers: far past SQLite's lock bytes (at 1 GiB) and any
    /// size a database reaches, and locking a byte never writes it.
    static let lockedByte: Int64 = 0x7FFF_FFFF_0000_0000

    /// A lock request of `type` over ``lockedByte``.
    private static func request(_ type: Int32) -> flock {
        var request = flock()
        request.l_type = Int16(type)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = off_t(lockedByte)
        request.l_len = 1
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
