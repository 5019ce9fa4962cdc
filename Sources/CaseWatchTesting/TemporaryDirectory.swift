import Foundation

/// A fresh directory under the system's temporary directory, removed when the value goes away.
public final class TemporaryDirectory {
    /// The directory's path, without a trailing slash.
    public let path: String

    /// Creates the directory.
    public init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("casewatch-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Runs `body` with a fresh temporary directory, removed when `body` returns.
    public static func with<Result>(_ body: (TemporaryDirectory) throws -> Result) throws -> Result {
        let directory = try TemporaryDirectory()
        return try withExtendedLifetime(directory) { try body(directory) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to a file at `relative` (creating folders) and returns the file's path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        let file = path + "/" + relative
        let folder = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }
}
