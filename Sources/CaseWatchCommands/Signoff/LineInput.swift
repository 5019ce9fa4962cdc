import Foundation

/// Where interactive commands read their answers from; tests bind ``LineInput/current`` to a script.
public struct LineInput: Sendable {
    /// Reads the next line without its terminator; nil at the end of the input.
    public let next: @Sendable () -> String?
    /// Whether the answers already show on the output (a terminal echoes what is typed); when not,
    /// interactive commands write each answer after its prompt, so that the output reads as a transcript.
    public let echoes: Bool

    /// Creates an input from a reader.
    public init(echoes: Bool = false, next: @escaping @Sendable () -> String?) {
        self.echoes = echoes
        self.next = next
    }

    /// The process's standard input (echoed when it is a terminal).
    public static let standard = LineInput(echoes: isatty(STDIN_FILENO) == 1) { readLine(strippingNewline: true) }

    /// The input interactive commands read in the current task.
    @TaskLocal public static var current: LineInput = .standard
}
