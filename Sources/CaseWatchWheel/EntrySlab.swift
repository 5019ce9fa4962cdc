/// The wheel's storage: every timer in one contiguous array of ``WheelEntry`` cells, threaded into doubly
/// linked lists by `Int32` indices, with a free list of cells to reuse.
///
/// Lists are numbered `0..<listCount`; each keeps its head and tail so that appending (in schedule order)
/// and unlinking a known cell are O(1). Nothing is allocated per timer: the array only grows to the largest
/// number of timers pending at once, and freed cells are reused first.
///
/// The free list is a stack of handles (index and current generation) beside the cells rather than a chain
/// through them: taking a free cell then needs no read of any cell, only writes, so a burst of schedules
/// after a burst of cancels does not wait for cold cells one cache miss after another.
@usableFromInline
struct EntrySlab<Payload> {
    /// The index that stands for "no cell" in links, heads and tails.
    @inlinable static var none: Int32 { -1 }
    /// The `list` of a free cell.
    @inlinable static var freeList: UInt16 { .max }

    /// The cells, live and free.
    @usableFromInline var entries: [WheelEntry<Payload>] = []
    /// The first cell of each list, or ``none``.
    @usableFromInline var heads: [Int32]
    /// The last cell of each list, or ``none``.
    @usableFromInline var tails: [Int32]
    /// The free cells with their current generations, the most recently freed last.
    @usableFromInline var freeCells: [TimerHandle] = []

    /// An empty slab with `listCount` empty lists.
    @inlinable
    init(listCount: Int) {
        precondition(listCount < Int(Self.freeList), "too many lists")
        heads = Array(repeating: Self.none, count: listCount)
        tails = Array(repeating: Self.none, count: listCount)
    }

    /// Makes room for `capacity` cells, and for the free list to hold them all, without growing again.
    @inlinable
    mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
        freeCells.reserveCapacity(capacity)
    }

    /// The cell at `index`.
    @inlinable
    subscript(index: Int32) -> WheelEntry<Payload> {
        entries[Int(index)]
    }

    /// The index of the live cell that `handle` names, or `nil` if the handle is stale or foreign.
    @inlinable
    func liveIndex(of handle: TimerHandle) -> Int32? {
        guard handle.index < UInt32(entries.count) else { return nil }
        let index = Int(handle.index)
        guard entries[index].generation == handle.generation, entries[index].list != Self.freeList else { return nil }
        return Int32(index)
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
            entries[Int(free.index)] = WheelEntry(deadline: deadline, payload: payload, generation: free.generation)
            return free
        }
        precondition(entries.count < Int(Int32.max), "a timer wheel holds at most Int32.max timers")
        entries.append(WheelEntry(deadline: deadline, payload: payload, generation: 0))
        return TimerHandle(index: UInt32(entries.count - 1), generation: 0)
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

    /// Frees the cell at `index` (already unlinked or detached) and returns its payload.
    @inlinable
    mutating func free(_ index: Int32) -> Payload {
        let payload = retire(index)
        recycle(index)
        return payload
    }

    /// Takes the payload out of the live cell at `index` and moves its generation on, so that its handle is
    /// stale from now on; the cell stays linked until ``recycle(_:)``.
    @inlinable
    mutating func retire(_ index: Int32) -> Payload {
        entries[Int(index)].generation &+= 1
        return entries[Int(index)].payload.take()!
    }

    /// Puts the retired cell at `index` (already unlinked or detached) on the free list.
    @inlinable
    mutating func recycle(_ index: Int32) {
        entries[Int(index)].list = Self.freeList
        freeCells.append(TimerHandle(index: UInt32(index), generation: entries[Int(index)].generation))
    }
}

extension EntrySlab: Sendable where Payload: Sendable {}
