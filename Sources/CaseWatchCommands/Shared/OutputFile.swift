import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a command's output to a file in one piece.
enum OutputFile {
    /// Writes `bytes` to `path` atomically: into a temporary file beside it, then renamed over it, so that
    /// a reader never sees half a report. `ownerOnly` makes the file readable by its owner only (mode
    /// 600, from its creation on), for files that may hold anything sensitive.
    static func write(_ bytes: [UInt8], to path: String, option: String = "--out", ownerOnly: Bool = false) throws(CommandFailure) {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, ownerOnly ? 0o600 : 0o644)
        guard descriptor >= 0 else { throw failure(option, path, errno) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc_write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw failure(option, path, code)
            }
            written += count
        }
        let synced = fsync(descriptor) == 0 ? 0 : errno
        close(descriptor)
        if synced != 0 {
            unlink(temporary)
            throw failure(option, path, synced)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(option, path, code)
        }
    }

    /// The refusal for an error `code` (errno), with the remedy that fits it.
    private static func failure(_ option: String, _ path: String, _ code: Int32) -> CommandFailure {
        let remedy = switch code {
        case ENOENT, ENOTDIR: "create its folder first, or give a path in an existing folder"
        case EACCES, EPERM, EROFS: "choose a folder you may write in"
        case ENOSPC, EDQUOT: "free space on that disk, or write elsewhere"
        case EISDIR: "it is a folder; give a file name"
        default: "check the path"
        }
        return CommandFailure("\(option) \(path): cannot write the file (\(String(cString: strerror(code)))); \(remedy); nothing was written")
    }
}

/// `write(2)`, under a name that does not clash with the methods called `write`.
private func Glibc_write(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
