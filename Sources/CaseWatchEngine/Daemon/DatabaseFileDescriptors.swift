#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Descriptors of database files for the supervisor lock, opened on demand and never closed.
///
/// Closing any descriptor of a file drops every POSIX lock the process holds on that file — SQLite's own
/// included (SQLite's "How To Corrupt", §2.2). A standby that opened and closed the database each second to
/// try the lock thus dropped its connection's locks; the daemon it was waiting for then believed itself the
/// last connection at exit and removed the WAL and shared-memory files under it (every later store operation:
/// "disk I/O error"). So a descriptor taken here is handed back, unlocked, instead of closed, and the next
/// attempt reuses it; the pool holds at most as many as were ever in use at once.
enum DatabaseFileDescriptors {
    private static let idle = Mutex<[String: [Int32]]>([:])

    /// A descriptor of the file at `path` that no lock of this pool is held through (read-write, or
    /// read-only for a file this user may only read: enough to inspect the lock); -1 with `errno` set if the
    /// file cannot be opened.
    static func take(_ path: String) -> Int32 {
        if let reused = idle.withLock({ $0[path]?.popLast() }) { return reused }
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor < 0, errno == EACCES || errno == EROFS else { return descriptor }
        return open(path, O_RDONLY | O_CLOEXEC)
    }

    /// Hands `descriptor` (of the file at `path`, holding no lock of the pool's) back for the next `take`.
    static func giveBack(_ descriptor: Int32, _ path: String) {
        idle.withLock { $0[path, default: []].append(descriptor) }
    }
}
