import Foundation

/// Where commands write their output; tests bind ``Console/current`` to capture it.
public struct Console: Sendable {
    /// The two output streams of a command.
    public enum Stream: Sendable {
        /// Standard output: the command's result.
        case out
        /// Standard error: warnings and errors.
        case err
    }

    /// Writes text (already terminated) to a stream.
    public let write: @Sendable (String, Stream) -> Void

    /// Creates a console from a writer.
    public init(write: @escaping @Sendable (String, Stream) -> Void) {
        self.write = write
    }

    /// The process's standard output and standard error.
    public static let standard = Console { text, stream in
        let handle = stream == .out ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }

    /// The console commands write to in the current task.
    @TaskLocal public static var current: Console = .standard

    /// Writes a line to standard output.
    public static func line(_ text: String) { current.write(text + "\n", .out) }

    /// Writes a line to standard error.
    public static func errorLine(_ text: String) { current.write(text + "\n", .err) }
}
