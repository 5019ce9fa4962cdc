import CaseWatchCore
import CaseWatchStore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checkpoint files: written whole or not at all (a temporary file beside the target, synced, then
/// renamed over it), read back and parsed.
public enum AuditCheckpointFile {
    /// The name of the checkpoint taken at `time` in a folder of them: `audit-checkpoint-20261205T103000Z.txt`.
    public static func name(at time: Instant) -> String {
        let compact = "\(time)".filter { $0 != "-" && $0 != ":" }
        return "audit-checkpoint-\(compact).txt"
    }

    /// Writes `checkpoint` to `path` atomically: readers see the old file or the new one, never a part.
    public static func write(_ checkpoint: AuditCheckpoint, to path: String) throws(AuditCheckpointError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .file(path: path, detail: "cannot create \(temporary): \(String(cString: strerror(errno))); check that the folder exists and is writable")
        }
        let bytes = Array(checkpoint.text.utf8)
        let written = writeAll(bytes, to: descriptor)
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced, rename(temporary, path) == 0 else {
            let detail = String(cString: strerror(errno))
            unlink(temporary)
            throw .file(path: path, detail: "cannot write it: \(detail)")
        }
    }

    /// The checkpoint in the file at `path`.
    public static func read(at path: String) throws(AuditCheckpointError) -> AuditCheckpoint {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .file(path: path, detail: "cannot read it; give the checkpoint file `casewatch audit checkpoint` or casewatchd wrote")
        }
        do {
            return try AuditCheckpoint.parse(String(decoding: data, as: UTF8.self))
        } catch let .malformed(line, problem) {
            throw .file(path: path, detail: "\(AuditCheckpointError.malformed(line: line, problem: problem))")
        }
    }
}

/// Writes `bytes` to `descriptor` in one call and returns how many were written (-1 on an error).
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int {
    bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
}
