#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process started with `posix_spawn`: standard input a pipe, standard output and error `/dev/null`, no
/// other descriptor inherited. Foundation's `Process` is not used: on Linux it learns of a child's exit when a
/// socket the child holds reaches end of file, so a long-running program spawned at the same moment elsewhere
/// in the daemon (which may inherit that socket) delays it; here the exit is awaited with `waitid`.
struct SpawnedProcess {
    /// The child's process id.
    let pid: pid_t
    /// The writing end of the child's standard input.
    let input: Int32

    /// Starts `path` with `arguments` and exactly `environment`; the error number when it cannot.
    static func spawn(path: String, arguments: [String], environment: [String: String]) -> Result<SpawnedProcess, SpawnFailure> {
        var ends: [Int32] = [-1, -1]
        guard LinuxExtensions.pipeClosedOnExec(&ends) == 0 else { return .failure(SpawnFailure(errno: errno)) }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        #if canImport(Glibc)
        LinuxExtensions.closeFrom(3, in: &actions)
        #else
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_CLOEXEC_DEFAULT))
        #endif
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        close(ends[0])
        guard status == 0 else {
            close(ends[1])
            return .failure(SpawnFailure(errno: status))
        }
        return .success(SpawnedProcess(pid: pid, input: ends[1]))
    }

    /// Writes `bytes` to the child's standard input and closes it. A child that exits or closes its input
    /// first ends the write with EPIPE; SIGPIPE is blocked on this thread meanwhile, so it never kills the
    /// daemon. Blocks while the child does not read: call it on a thread of its own.
    func writeInput(_ bytes: [UInt8]) {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { break }
            offset += written
        }
        close(input)
        var pending = sigset_t()
        sigpending(&pending)
        if sigismember(&pending, SIGPIPE) == 1 {
            #if canImport(Glibc)
            var noWait = timespec()
            _ = sigtimedwait(&pipeSignal, nil, &noWait)
            #else
            var caught: Int32 = 0
            _ = sigwait(&pipeSignal, &caught)
            #endif
        }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }

    /// Waits, without reaping, until the child has exited.
    func awaitExit() {
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
    }

    /// Reaps the exited child and says how it ended.
    func reap() -> Termination {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? .exited(Int((status >> 8) & 0xff)) : .signalled(Int(signal))
    }

    /// How a child ended.
    enum Termination: Equatable {
        /// It exited with this status.
        case exited(Int)
        /// A signal ended it.
        case signalled(Int)
    }
}

/// Why a program could not be started: the error number of `pipe` or `posix_spawn`.
struct SpawnFailure: Error {
    let errno: Int32

    /// The system's words for it (`No such file or directory`).
    var reason: String { String(cString: strerror(errno)) }
}
