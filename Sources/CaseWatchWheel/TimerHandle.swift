/// Names one scheduled timer of a ``TimerWheel`` so that it can be cancelled, rescheduled or looked up.
///
/// A handle is a slab index and the generation that cell had when the timer was scheduled (always odd).
/// When the timer fires or is cancelled the cell's generation moves on to an even value, and to the next odd
/// one when the cell is reused, so the old handle is recognised as stale even after the cell has been reused
/// for another timer. (Generations are 32-bit: a handle kept across more than two billion reuses of the same
/// cell could alias; no owner keeps handles that long.)
public struct TimerHandle: Hashable, Sendable {
    /// The timer's cell in the wheel's slab.
    @usableFromInline let index: UInt32
    /// The cell's generation when the timer was scheduled.
    @usableFromInline let generation: UInt32

    /// The handle of cell `index` at `generation`.
    @inlinable init(index: UInt32, generation: UInt32) {
        self.index = index
        self.generation = generation
    }
}

extension TimerHandle: CustomStringConvertible {
    /// The handle as `#index.generation`, for logs and test failures.
    public var description: String { "#\(index).\(generation)" }
}
