/// Dead cells: cancelled timers whose cells are still linked, and how they are freed.
///
/// ``cancel(_:)`` moves only the timer's generation on (4 bytes in a compact side array, a ninth of the
/// slab's size), so that a random cancel touches no cell and none of its list neighbours. The cell stays in its list, dead, until one
/// of these reaches it, each of which reads the cell anyway and frees it instead of moving or firing it:
/// - the advance that reaches its slot (a cascade or a firing);
/// - the next advance, for a cell in the overdue list;
/// - an examination of the overflow list, when the clock may enter a span holding one of its deadlines;
/// - a compaction.
///
/// **Compaction.** When a cancel or an advance leaves more dead cells than pending timers plus
/// ``compactionFloor``, every list is walked head to tail and its dead cells are unlinked and freed; the
/// survivors keep their order, so timers due at the same tick still fire in schedule order. The walk visits
/// at most every cell in use, pending + dead < 2 × dead, and it frees every one of those dead cells, each
/// made by one cancel and freed only once, so each cancel pays for at most two cell visits: amortized O(1).
/// (The check after an advance matters when timers fire faster than the dead cells around them are
/// reached: without it the garbage would be bounded by the most timers ever pending, not by those pending
/// now.) The visits are pointer chasing through the slab, so with a slab larger than the cache they are
/// cache misses; a workload that cancels half of its timers never compacts (dead cells then never outnumber
/// pending ones), and one that cancels nearly all of them compacts once per `compactionFloor` (4,096) cancels
/// or more.
extension TimerWheel {
    /// How many more dead cells than pending timers a wheel tolerates before it compacts, unless made with
    /// another floor for tests.
    @inlinable static var defaultCompactionFloor: Int { 4_096 }

    /// Compacts if dead cells outnumber pending timers by more than ``compactionFloor``.
    @inlinable
    mutating func compactIfNeeded() {
        guard deadCount > pendingCount + compactionFloor else { return }
        compact()
    }

    /// Unlinks and frees every dead cell, keeping the order of the others in each list: O(cells in use).
    @inlinable
    mutating func compact() {
        compactions += 1
        for list in 0..<geometry.listCount where deadCount > 0 {
            var index = slab.head(of: list)
            while index != EntrySlab<Payload>.none, deadCount > 0 {
                let next = slab[index].next
                if slab.isDead(index) {
                    remove(index)
                    sweep(index)
                }
                index = next
            }
        }
    }

    /// Frees the dead cell at `index`, already unlinked or detached.
    @inlinable
    mutating func sweep(_ index: Int32) {
        slab.sweep(index)
        deadCount -= 1
    }
}
