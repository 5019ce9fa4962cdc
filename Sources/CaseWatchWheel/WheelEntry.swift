/// One cell of a wheel's slab: a pending timer, or a free cell waiting to be reused.
///
/// Fields are declared in this order so that, with an 8-byte payload such as `Int64`, the whole cell packs
/// into 32 bytes: the optional payload's tag byte shares a word with `list` and `generation`.
@usableFromInline
struct WheelEntry<Payload> {
    /// The tick at which the timer is due.
    @usableFromInline var deadline: UInt64
    /// What the owner scheduled; `nil` while the cell is free. A dead cell (cancelled, still linked) keeps
    /// it until a walk frees the cell.
    @usableFromInline var payload: Payload?
    /// The list the cell is linked into (see ``WheelGeometry``), or ``EntrySlab/freeList``.
    @usableFromInline var list: UInt16
    /// The generation the cell's timer was scheduled under (odd): a copy of the slab's
    /// ``EntrySlab/generations`` entry at that time, which no longer matches it once the timer is cancelled.
    @usableFromInline var generation: UInt32
    /// The previous cell of the same list, or ``EntrySlab/none``.
    @usableFromInline var previous: Int32
    /// The next cell of the same list, or ``EntrySlab/none``.
    @usableFromInline var next: Int32

    /// A cell holding `payload` due at `deadline`, linked into nothing yet.
    @inlinable
    init(deadline: UInt64, payload: Payload, generation: UInt32) {
        self.deadline = deadline
        self.payload = payload
        self.list = EntrySlab<Payload>.freeList
        self.generation = generation
        self.previous = EntrySlab<Payload>.none
        self.next = EntrySlab<Payload>.none
    }
}

extension WheelEntry: Sendable where Payload: Sendable {}
