#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two GNU extensions a safe spawn needs, which Swift's Glibc module does not declare (they need
/// `_GNU_SOURCE`): `pipe2(…, O_CLOEXEC)`, so no child spawned at the same moment elsewhere inherits the pipe,
/// and `posix_spawn_file_actions_addclosefrom_np`, so our child inherits nothing but its three standard
/// descriptors. They are looked up by name in the C library; where one is missing, the portable fallback runs.
enum LinuxExtensions {
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32

    /// A pipe whose two ends are closed on exec (atomically where `pipe2` exists).
    static func pipeClosedOnExec(_ ends: inout [Int32]) -> Int32 {
        #if canImport(Glibc)
        if let symbol = dlsym(nil, "pipe2") {
            let pipe2 = unsafeBitCast(symbol, to: Pipe2.self)
            return ends.withUnsafeMutableBufferPointer { pipe2($0.baseAddress, O_CLOEXEC) }
        }
        #endif
        guard pipe(&ends) == 0 else { return -1 }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        return 0
    }

    #if canImport(Glibc)
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// Adds "close every descriptor from `lowest` up" to `actions`, when the C library can.
    static func closeFrom(_ lowest: Int32, in actions: inout posix_spawn_file_actions_t) {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        let addCloseFrom = unsafeBitCast(symbol, to: AddCloseFrom.self)
        _ = addCloseFrom(&actions, lowest)
    }
    #endif
}
