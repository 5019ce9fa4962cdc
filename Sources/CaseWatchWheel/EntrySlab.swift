/// The wheel's storage: every timer in one contiguous array of ``WheelEntry`` cells, threaded into doubly
/// linked lists by `Int32` indices, with a compact array of generations beside it and a free list of cells
/// to reuse.
///
/// Lists are numbered `0..<listCount`; each keeps its head and tail so that appending (in schedule order)
/// and unlinking a known cell are O(1). Nothing is allocated per timer: the arrays only grow to the largest
/// number of cells in use at once, and freed cells are reused first.
///
/// **Liveness.** ``generations`` (4 bytes per cell) is the authority on which handles are valid: a cell's
/// entry there is odd while the cell holds a pending timer and even otherwise, and every handle carries the
/// odd value it was issued under. Cancelling makes the entry even without touching the cell, whose own
/// ``WheelEntry/generation`` keeps the value the timer was scheduled under: a linked cell whose copy differs
/// from ``generations`` is *dead*, waiting for a list walk to free it (see ``isDead(_:)``).
///
/// The free list is a stack of handles (index and the generation its next timer will get) beside the cells
/// rather than a chain through them: taking a free cell then needs no read of any cell, only writes, so a
/// burst of schedules after a burst of frees does not wait for cold cells one cache miss after another.
@usableFromInline
struct EntrySlab<Payload> {
    /// The index that stands for "no cell" in links, heads and tails.
    @inlinable static var none: Int32 { -1 }
    /// The `list` of a free cell.
    @inlinable static var freeList: UInt16 { .max }

    /// The cells: live, dead (cancelled, still linked) and free.
    @usableFromInline var entries: [WheelEntry<Payload>] = []
    /// The current generation of each cell: odd while it holds a pending timer, even once that timer has
    /// fired or been cancelled (and while the cell is free).
    @usableFromInline var generations: [UInt32] = []
    /// The first cell of each list, or ``none``.
    @usableFromInline var heads: [Int32]
    /// The last cell of each list, or ``none``.
    @usableFromInline var tails: [Int32]
    /// The free cells with the generation each will be allocated under, the most recently freed last.
    @usableFromInline var freeCells: [TimerHandle] = []

    /// An empty slab with `listCount` empty lists.
    @inlinable
    init(listCount: Int) {
        precondition(listCount < Int(Self.freeList), "too many lists")
        heads = Array(repeating: Self.none, count: listCount)
        tails = Array(repeating: Self.none, count: listCount)
    }

    /// Makes room for `capacity` cells, their generations, and for the free list to hold them all, without
    /// growing again.
    @inlinable
    mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
        generations.reserveCapacity(capacity)
        freeCells.reserveCapacity(capacity)
    }

    /// The cell at `index`.
    @inlinable
    subscript(index: Int32) -> WheelEntry<Payload> {
        entries[Int(index)]
    }

    /// The index of the cell holding the pending timer that `handle` names, or `nil` if the handle is stale
    /// or foreign; reads only ``generations``, never the cell.
    @inlinable
    func liveIndex(of handle: TimerHandle) -> Int32? {
        guard handle.index < UInt32(generations.count), generations[Int(handle.index)] == handle.generation,
            handle.generation & 1 == 1
        else { return nil }
        return Int32(handle.index)
    }

    /// Makes the handle of the pending timer at `index` stale, touching only its generation: the cell
    /// becomes dead and stays linked until a walk frees it.
    @inlinable
    mutating func kill(_ index: Int32) {
        generations[Int(index)] &+= 1
    }

    /// Makes `handle` stale if it names a pending timer, as ``liveIndex(of:)`` then ``kill(_:)`` in one
    /// access to its generation, and returns whether it did.
    @inlinable
    mutating func kill(_ handle: TimerHandle) -> Bool {
        generations.withUnsafeMutableBufferPointer { generations in
            guard handle.index < UInt32(generations.count), handle.generation & 1 == 1,
                generations[Int(handle.index)] == handle.generation
            else { return false }
            generations[Int(handle.index)] = handle.generation &+ 1
            return true
        }
    }

    /// Whether the linked cell at `index` is dead: its timer was cancelled after it was linked.
    @inlinable
    func isDead(_ index: Int32) -> Bool {
        entries[Int(index)].generation != generations[Int(index)]
    }

    /// The handle that names the live cell at `index`.
    @inlinable
    func handle(of index: Int32) -> TimerHandle {
        TimerHandle(index: UInt32(index), generation: entries[Int(index)].generation)
    }

    /// Whether `list` has no cell.
    @inlinable
    func isEmpty(_ list: Int) -> Bool {
        heads[list] == Self.none
    }

    /// The first cell of `list`, or ``none``.
    @inlinable
    func head(of list: Int) -> Int32 {
        heads[list]
    }

    /// The cells of `list`, head to tail, checking the backward links on the way (for invariant checks).
    func indices(in list: Int) -> [Int32] {
        var cells: [Int32] = []
        var previous = Self.none
        var index = heads[list]
        while index != Self.none {
            precondition(entries[Int(index)].previous == previous, "broken backward link in list \(list)")
            cells.append(index)
            previous = index
            index = entries[Int(index)].next
        }
        precondition(tails[list] == previous, "wrong tail of list \(list)")
        return cells
    }

    /// Stores a new timer in a free cell (reusing one if it can), linked into no list, and returns its handle.
    @inlinable
    mutating func allocate(_ payload: Payload, deadline: UInt64) -> TimerHandle {
        if let free = freeCells.popLast() {
            generations[Int(free.index)] = free.generation
            entries[Int(free.index)] = WheelEntry(deadline: deadline, payload: payload, generation: free.generation)
            return free
        }
        precondition(entries.count < Int(Int32.max), "a timer wheel holds at most Int32.max timers")
        entries.append(WheelEntry(deadline: deadline, payload: payload, generation: 1))
        generations.append(1)
        return TimerHandle(index: UInt32(entries.count - 1), generation: 1)
    }

    /// Sets the deadline of the cell at `index`; it must be linked into no list.
    @inlinable
    mutating func setDeadline(_ deadline: UInt64, of index: Int32) {
        entries[Int(index)].deadline = deadline
    }

    /// Links the cell at `index` at the tail of `list`.
    @inlinable
    mutating func append(_ index: Int32, to list: Int) {
        let tail = tails[list]
        entries[Int(index)].list = UInt16(list)
        entries[Int(index)].previous = tail
        entries[Int(index)].next = Self.none
        if tail == Self.none {
            heads[list] = index
        } else {
            entries[Int(tail)].next = index
        }
        tails[list] = index
    }

    /// Unlinks the cell at `index` from its list and returns that list and whether it is now empty.
    @inlinable @discardableResult
    mutating func unlink(_ index: Int32) -> (list: Int, isEmpty: Bool) {
        let list = Int(entries[Int(index)].list)
        let previous = entries[Int(index)].previous
        let next = entries[Int(index)].next
        if previous == Self.none {
            heads[list] = next
        } else {
            entries[Int(previous)].next = next
        }
        if next == Self.none {
            tails[list] = previous
        } else {
            entries[Int(next)].previous = previous
        }
        return (list, heads[list] == Self.none)
    }

    /// Empties `list` and returns its former head; the detached cells stay chained through `next` until each
    /// is appended elsewhere or freed.
    @inlinable
    mutating func detachAll(_ list: Int) -> Int32 {
        let head = heads[list]
        heads[list] = Self.none
        tails[list] = Self.none
        return head
    }

    /// Frees the live cell at `index` (already unlinked or detached): makes its handle stale and returns its
    /// payload.
    @inlinable
    mutating func free(_ index: Int32) -> Payload {
        kill(index)
        let payload = entries[Int(index)].payload.take()!
        recycle(index)
        return payload
    }

    /// Frees the dead cell at `index` (already unlinked or detached), dropping the payload it still holds.
    @inlinable
    mutating func sweep(_ index: Int32) {
        entries[Int(index)].payload = nil
        recycle(index)
    }

    /// Puts the cell at `index` (already unlinked or detached, its generation even) on the free list.
    @inlinable
    mutating func recycle(_ index: Int32) {
        entries[Int(index)].list = Self.freeList
        freeCells.append(TimerHandle(index: UInt32(index), generation: generations[Int(index)] &+ 1))
    }
}

extension EntrySlab: Sendable where Payload: Sendable {}
