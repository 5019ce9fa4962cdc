/// Why a sign-off command was refused: what is wrong and what to do. The refusal is in the audit log.
public struct SignoffRefusal: Error, CustomStringConvertible, Sendable {
    /// The message.
    public let message: String

    /// A refusal.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
