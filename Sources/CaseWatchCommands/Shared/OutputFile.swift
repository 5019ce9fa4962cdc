import Foundation

/// Writes a command's output to a file in one piece.
enum OutputFile {
    /// Writes `bytes` to `path` atomically: into a temporary file beside it, then renamed over it, so that
    /// a reader never sees half a report.
    static func write(_ bytes: [UInt8], to path: String, option: String = "--out") throws(CommandFailure) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure("\(option) \(path): cannot write the file (\(error.localizedDescription)); check that its folder exists and is writable")
        }
    }
}
