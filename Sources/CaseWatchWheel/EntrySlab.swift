/// The wheel's storage: every timer in one contiguous array of ``WheelEntry`` cells, threaded into doubly
/// linked lists by `Int32` indices, with a free list of cells to reuse.
///
/// Lists are numbered `0..<listCount`; each keeps its head and tail so that appending (in schedule order)
/// and unlinking a known cell are O(1). Nothing is allocated per timer: the array only grows to the largest
/// number of timers pending at once, and freed cells are reused first.
struct EntrySlab<Payload> {
    /// The index that stands for "no cell" in links, heads and tails.
    static var none: Int32 { -1 }
    /// The `list` of a free cell.
    static var freeList: UInt16 { .max }

    /// The cells, live and free.
    private(set) var entries: [WheelEntry<Payload>] = []
    /// The first cell of each list, or ``none``.
    private var heads: [Int32]
    /// The last cell of each list, or ``none``.
    private var tails: [Int32]
    /// The first free cell, or ``none``.
    private var freeHead: Int32 = Self.none

    /// An empty slab with `listCount` empty lists.
    init(listCount: Int) {
        precondition(listCount < Int(Self.freeList), "too many lists")
        heads = Array(repeating: Self.none, count: listCount)
        tails = Array(repeating: Self.none, count: listCount)
    }

    /// Makes room for `capacity` cells without growing again.
    mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    /// The cell at `index`.
    subscript(index: Int32) -> WheelEntry<Payload> {
        entries[Int(index)]
    }

    /// The index of the live cell that `handle` names, or `nil` if the handle is stale or foreign.
    func liveIndex(of handle: TimerHandle) -> Int32? {
        guard handle.index < UInt32(entries.count) else { return nil }
        let entry = entries[Int(handle.index)]
        guard entry.generation == handle.generation, entry.list != Self.freeList else { return nil }
        return Int32(handle.index)
    }

    /// The handle that names the live cell at `index`.
    func handle(of index: Int32) -> TimerHandle {
        TimerHandle(index: UInt32(index), generation: entries[Int(index)].generation)
    }

    /// Whether `list` has no cell.
    func isEmpty(_ list: Int) -> Bool {
        heads[list] == Self.none
    }

    /// The first cell of `list`, or ``none``.
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

    /// Stores a new timer in a free cell (reusing one if it can) and returns its index, linked into no list.
    mutating func allocate(_ payload: Payload, deadline: UInt64) -> Int32 {
        if freeHead != Self.none {
            let index = freeHead
            freeHead = entries[Int(index)].next
            entries[Int(index)].deadline = deadline
            entries[Int(index)].payload = payload
            return index
        }
        precondition(entries.count < Int(Int32.max), "a timer wheel holds at most Int32.max timers")
        let entry = WheelEntry(
            deadline: deadline, payload: payload, list: Self.freeList, generation: 0,
            previous: Self.none, next: Self.none
        )
        entries.append(entry)
        return Int32(entries.count - 1)
    }

    /// Sets the deadline of the cell at `index`; it must be linked into no list.
    mutating func setDeadline(_ deadline: UInt64, of index: Int32) {
        entries[Int(index)].deadline = deadline
    }

    /// Links the cell at `index` at the tail of `list`.
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
    @discardableResult
    mutating func unlink(_ index: Int32) -> (list: Int, isEmpty: Bool) {
        let entry = entries[Int(index)]
        let list = Int(entry.list)
        if entry.previous == Self.none {
            heads[list] = entry.next
        } else {
            entries[Int(entry.previous)].next = entry.next
        }
        if entry.next == Self.none {
            tails[list] = entry.previous
        } else {
            entries[Int(entry.next)].previous = entry.previous
        }
        return (list, heads[list] == Self.none)
    }

    /// Empties `list` and returns its former head; the detached cells stay chained through `next` until each
    /// is appended elsewhere or freed.
    mutating func detachAll(_ list: Int) -> Int32 {
        let head = heads[list]
        heads[list] = Self.none
        tails[list] = Self.none
        return head
    }

    /// Frees the cell at `index` (already unlinked or detached) and returns its payload.
    mutating func free(_ index: Int32) -> Payload {
        let payload = entries[Int(index)].payload.take()!
        entries[Int(index)].list = Self.freeList
        entries[Int(index)].generation &+= 1
        entries[Int(index)].next = freeHead
        freeHead = index
        return payload
    }
}

extension EntrySlab: Sendable where Payload: Sendable {}
