/// Cancelled cells are unlinked from their lists in batches rather than one by one.
///
/// Unlinking a cell writes its two list neighbours, and with a million timers those are cache misses that
/// can only start once the cell itself has arrived. Cancel therefore only retires the cell (takes its
/// payload and makes its handle stale, one cell touched) and notes it; the notes are unlinked together when
/// ``retiredLimit`` of them have gathered, or before the next advance walks any list, so that the processor
/// overlaps the neighbours' misses. Until then a retired cell is still linked: its slot may make
/// ``nextExpiry()`` return a tick at which there turns out to be nothing to fire, never a later one.
extension TimerWheel {
    /// How many retired cells may wait to be unlinked.
    @inlinable static var retiredLimit: Int { 64 }

    /// Notes the retired cell at `index`, still linked, and unlinks the batch when it is full.
    @inlinable
    mutating func unlinkLater(_ index: Int32) {
        retired.append(index)
        if retired.count >= Self.retiredLimit {
            unlinkRetired()
        }
    }

    /// Unlinks every retired cell noted so far and puts them on the free list.
    @inlinable
    mutating func unlinkRetired() {
        guard !retired.isEmpty else { return }
        for index in retired {
            remove(index)
            slab.recycle(index)
        }
        retired.removeAll(keepingCapacity: true)
    }
}
