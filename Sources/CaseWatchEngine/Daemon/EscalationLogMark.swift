#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The durable position of the daemon's escalation log: the row id of the last escalation whose log line
/// was written, kept in the file `<database>.daemon-logged` (one decimal number).
///
/// The daemon logs escalations from the store, in commit order, after they are committed, then moves
/// this mark (with an `fsync`). So an escalation committed just before a crash, whose line was never
/// written, is logged by the next daemon at its start; one whose line was written but whose mark did
/// not move is logged again (at least once: a line carries its case, cycle and tier, so a reader can drop
/// the repeat). A database supervised for the first time (no mark file) starts at its last escalation:
/// what earlier runs or a replay recorded is not logged again.
public final class EscalationLogMark {
    /// The mark file's path.
    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The mark file of the database at `databasePath`.
    public static func path(forDatabase databasePath: String) -> String {
        databasePath + ".daemon-logged"
    }

    /// Opens (or creates) the mark of the database at `databasePath`; a symbolic link or any other
    /// non-regular file at its path is refused, never followed.
    public static func open(forDatabase databasePath: String) throws(SupervisorLock.Refusal) -> EscalationLogMark {
        let path = path(forDatabase: databasePath)
        let descriptor = try RegularFile.openForWriting(path)
        return EscalationLogMark(path: path, descriptor: descriptor)
    }

    /// The row id of the last escalation logged, nil when the file holds none (a first start).
    public func read() -> Int64? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: bytes[..<count].prefix { $0 != 0x0A }, as: UTF8.self)
        return Int64(text)
    }

    /// Moves the mark to `id` and makes it durable. The number is read up to its newline, so a crash
    /// between the write and the truncation of a longer old number leaves the new one readable.
    public func write(_ id: Int64) {
        let bytes = Array("\(id)\n".utf8)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        _ = ftruncate(descriptor, off_t(bytes.count))
        _ = fsync(descriptor)
    }
}
