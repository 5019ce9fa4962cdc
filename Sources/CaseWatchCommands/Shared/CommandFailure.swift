/// A failure a command reports to its user: what is wrong, where, and how to fix it.
///
/// ArgumentParser prints it as `Error: <message>` on standard error and exits with status 1.
public struct CommandFailure: Error, CustomStringConvertible, Sendable {
    /// The message, possibly several lines.
    public let message: String

    /// Creates a failure with its message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
