#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening the daemon's own files beside the database (its lock record, its log mark) safely: never
/// through a symbolic link (which would let whoever can write the directory make the daemon truncate
/// another file), never a FIFO or a device.
enum RegularFile {
    /// Opens `path` for reading and writing, creating it (mode 0644) if missing; throws
    /// ``SupervisorLock/Refusal/unavailable(path:reason:)`` when it is a symbolic link, not a regular file,
    /// or cannot be opened.
    static func openForWriting(_ path: String) throws(SupervisorLock.Refusal) -> Int32 {
        #if canImport(Glibc)
        let descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
        #else
        let descriptor = Darwin.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
        #endif
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP {
                throw .unavailable(path: path, reason: "it is a symbolic link, which casewatchd never follows; remove it")
            }
            throw .unavailable(path: path, reason: String(cString: strerror(code)))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw .unavailable(path: path, reason: "it is not a regular file; remove it")
        }
        return descriptor
    }
}
