import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGHUP for the daemon, installed synchronously before its first wake: a `sigaction` handler that
/// writes one byte into a pipe (all it does, which is async-signal-safe), and a read source on the pipe
/// that calls `onHangup`. A dispatch signal source alone registers later, on its queue, so a SIGHUP sent
/// just after the daemon said `supervising` could still find the default action and kill it; here the
/// handler is in place before ``install(queue:onHangup:)`` returns, and a byte written before the read
/// source is ready waits in the pipe.
///
/// One trap per process at a time (the handler writes to the pipe of the last one installed);
/// ``remove()`` restores what SIGHUP did before. `@unchecked Sendable` because `DispatchSourceRead` is not
/// marked `Sendable` on Linux; it is only touched through `activate` and `cancel`, which are thread-safe.
final class HangupTrap: @unchecked Sendable {
    private let source: DispatchSourceRead
    private let readEnd: Int32
    private let writeEnd: Int32
    private var previous: sigaction

    private init(source: DispatchSourceRead, readEnd: Int32, writeEnd: Int32, previous: sigaction) {
        self.source = source
        self.readEnd = readEnd
        self.writeEnd = writeEnd
        self.previous = previous
    }

    /// Installs the trap; each SIGHUP (those arriving together may merge into one) calls `onHangup` on
    /// `queue`. Nil when no pipe can be made; SIGHUP is then ignored rather than fatal.
    static func install(queue: DispatchQueue, onHangup: @escaping @Sendable () -> Void) -> HangupTrap? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            signal(SIGHUP, SIG_IGN)
            return nil
        }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        let readEnd = ends[0]
        hangupPipe = ends[1]
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = writeHangupByte
        #else
        action.__sigaction_u.__sa_handler = writeHangupByte
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        var previous = sigaction()
        sigaction(SIGHUP, &action, &previous)
        let source = DispatchSource.makeReadSource(fileDescriptor: readEnd, queue: queue)
        source.setEventHandler {
            var bytes = [UInt8](repeating: 0, count: 64)
            while bytes.withUnsafeMutableBytes({ read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
            onHangup()
        }
        source.activate()
        return HangupTrap(source: source, readEnd: readEnd, writeEnd: ends[1], previous: previous)
    }

    /// Restores SIGHUP's earlier action and closes the pipe.
    func remove() {
        sigaction(SIGHUP, &previous, nil)
        hangupPipe = -1
        source.setCancelHandler { [readEnd, writeEnd] in
            close(readEnd)
            close(writeEnd)
        }
        source.cancel()
    }
}

/// The write end of the installed trap's pipe (-1: none), read by the signal handler.
/// `nonisolated(unsafe)`: written only while installing and removing the trap, read by the handler as one
/// aligned word.
nonisolated(unsafe) private var hangupPipe: Int32 = -1

/// The SIGHUP handler: one byte into the pipe, nothing else (async-signal-safe; errno is kept).
private func writeHangupByte(_: Int32) {
    let saved = errno
    var byte: UInt8 = 1
    _ = write(hangupPipe, &byte, 1)
    errno = saved
}
