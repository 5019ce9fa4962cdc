import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// A watch on the database's files: calls `onChange` when another process (or this one) writes to the
/// database's WAL or the database file, so the daemon reads the event log when something arrives instead of
/// every 900 ms.
///
/// An inotify instance watches the database's directory (the `-wal` file is made anew after the last
/// connection closes, so a watch on the file itself would be lost) for modifications, creations, moves into
/// place and closes after writing, filtered by name to `<database>` and `<database>-wal`; a
/// `DispatchSource` read source on the inotify descriptor drains the events and calls `onChange`.
///
/// A writer's frames reach the WAL before its commit becomes visible to readers (after the WAL's `fsync`,
/// when the shared index is updated), so a read made at the first event may see nothing new. Each burst of
/// events is therefore followed by two more calls, ``settleDelays`` after its last event, when the commit
/// is visible; a process that exits after its commit (`casewatch ingest`) also closes the WAL, which is an
/// event of its own.
///
/// The descriptor is inotify's, never one of the database file's (see ``DatabaseFileDescriptors``: closing
/// one of those would drop SQLite's locks), so ``cancel()`` closes it.
///
/// `@unchecked Sendable` because `DispatchSourceRead` and `DispatchSourceTimer` are not marked `Sendable`
/// on Linux. The invariant that makes it safe: `settleStage` is only touched by the two sources' handlers,
/// which run on the one serial queue given; the sources themselves are only touched through `activate`,
/// `schedule` and `cancel`, which libdispatch makes thread-safe.
public final class DatabaseWatch: @unchecked Sendable {
    /// How long after the last event of a burst the change is reported again: once when an ordinary commit's
    /// `fsync` is done, once more for a slow disk.
    public static let settleDelays: [Duration] = [.milliseconds(20), .milliseconds(250)]

    private let source: DispatchSourceRead
    private let settle: DispatchSourceTimer
    private var settleStage = 0

    private init(source: DispatchSourceRead, settle: DispatchSourceTimer) {
        self.source = source
        self.settle = settle
    }

    /// Starts watching the files of the database at `path`, calling `onChange` on `queue` after writes to
    /// them; nil when the system offers no inotify or refuses it (too many watches, the directory gone): the
    /// caller then reads the log periodically.
    public static func start(database path: String, queue: DispatchQueue, onChange: @escaping @Sendable () -> Void) -> DatabaseWatch? {
        #if canImport(Glibc)
        let directory = split(path).directory
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let mask = UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE)
        guard inotify_add_watch(descriptor, directory, mask) >= 0 else {
            close(descriptor)
            return nil
        }
        let names = watchedNames(database: path)
        let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
        let settle = DispatchSource.makeTimerSource(queue: queue)
        let watch = DatabaseWatch(source: source, settle: settle)
        source.setEventHandler {
            guard drain(descriptor, names: names) else { return }
            onChange()
            watch.settleStage = 0
            settle.schedule(deadline: .now() + settleDelays[0].dispatchInterval, leeway: .milliseconds(2))
        }
        source.setCancelHandler { close(descriptor) }
        settle.setEventHandler {
            onChange()
            watch.settleStage += 1
            if watch.settleStage < settleDelays.count {
                let gap = settleDelays[watch.settleStage] - settleDelays[watch.settleStage - 1]
                settle.schedule(deadline: .now() + gap.dispatchInterval, leeway: .milliseconds(5))
            } else {
                settle.schedule(deadline: .distantFuture)
            }
        }
        settle.schedule(deadline: .distantFuture)
        settle.activate()
        source.activate()
        return watch
        #else
        return nil
        #endif
    }

    /// Stops watching and closes the inotify descriptor.
    public func cancel() {
        settle.cancel()
        source.cancel()
    }

    /// The names in the database's directory whose changes are reported: the database file and its WAL
    /// (not the shared-memory index, written through `mmap`, nor the daemon's own files beside them).
    public static func watchedNames(database path: String) -> Set<String> {
        let name = split(path).name
        return [name, name + "-wal"]
    }

    /// The directory to watch and the database file's name in it.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    #if canImport(Glibc)
    /// Reads every pending event from `descriptor`; whether one of them was about a file in `names` (an
    /// overflowed queue counts: something may have been lost).
    private static func drain(_ descriptor: Int32, names: Set<String>) -> Bool {
        var relevant = false
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return relevant }
            var offset = 0
            while offset + headerSize <= count {
                let (mask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + headerSize)..<min(count, offset + headerSize + length)].prefix { $0 != 0 }
                if mask & UInt32(IN_Q_OVERFLOW) != 0 || names.contains(String(decoding: nameBytes, as: UTF8.self)) {
                    relevant = true
                }
                offset += headerSize + length
            }
        }
    }

    /// The size of `struct inotify_event` before its name: wd, mask, cookie, len.
    private static let headerSize = 16
    #endif
}

extension Duration {
    /// The duration as a Dispatch interval.
    var dispatchInterval: DispatchTimeInterval { .nanoseconds(Int(nanoseconds)) }
}
