import CaseWatchCore
import Foundation

/// Reads an intake file (or standard input for `-`) as UTF-8 text, refusing binary, empty and oversized
/// input.
///
/// The input is read in chunks, so a stream that never ends (`</dev/zero`, `yes |`) is refused at its
/// first NUL byte or once it passes ``Limits/largestInputBytes``, without ever being held whole.
enum IntakeSource {
    static let chunkBytes = 1 << 20

    static func text(of path: String) throws(CommandFailure) -> String {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandFailure("\(path): no such file; check the path (or give - to read standard input)")
            }
            if isDirectory.boolValue {
                throw CommandFailure("\(path): it is a folder; give the JSON-lines or CSV file to read")
            }
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw CommandFailure("\(path): the file cannot be read (permission denied?); check its permissions with `ls -l`")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        let data = try read(handle, path: path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(path): the file is not UTF-8 text; save it as UTF-8 (a binary file?)")
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw CommandFailure("\(path): the file is empty; nothing to ingest")
        }
        return text
    }

    /// Reads the whole input, chunk by chunk, stopping at a NUL byte or past `limit` bytes.
    static func read(_ handle: FileHandle, path: String, limit: Int = Limits.largestInputBytes) throws(CommandFailure) -> Data {
        var data = Data()
        while true {
            let chunk: Data
            do {
                guard let read = try handle.read(upToCount: chunkBytes), !read.isEmpty else { return data }
                chunk = read
            } catch {
                throw CommandFailure("\(path): cannot be read: \(error.localizedDescription)")
            }
            if chunk.withUnsafeBytes({ $0.contains(0) }) {
                throw CommandFailure("\(path): the file holds NUL bytes, so it is not a text file (a binary file?); give a JSON-lines or CSV file")
            }
            guard data.count + chunk.count <= limit else {
                throw CommandFailure("\(path): the input is too large: more than \(Limits.grouped(limit)) bytes, the most one ingest reads; split it into smaller files and ingest each")
            }
            data.append(chunk)
        }
    }
}
