/// Where interactive commands read their answers from; tests bind ``LineInput/current`` to a script.
public struct LineInput: Sendable {
    /// Reads the next line without its terminator; nil at the end of the input.
    public let next: @Sendable () -> String?

    /// Creates an input from a reader.
    public init(next: @escaping @Sendable () -> String?) {
        self.next = next
    }

    /// The process's standard input.
    public static let standard = LineInput { readLine(strippingNewline: true) }

    /// The input interactive commands read in the current task.
    @TaskLocal public static var current: LineInput = .standard
}
