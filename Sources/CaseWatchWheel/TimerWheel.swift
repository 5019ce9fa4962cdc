/// A hierarchical hashed timing wheel: timers carrying a `Payload` fall due at integer ticks, with O(1)
/// schedule, cancel (amortized) and reschedule, and an owner that sleeps until ``nextExpiry()`` instead of ticking.
///
/// The wheel knows nothing of what a tick means (a millisecond, a second) nor of what the payloads are; its
/// owner passes time in as ticks and advances it with ``advance(to:_:)``.
///
/// **Layout.** `levels` levels (6 by default) of 64 slots; level `L` slot `s` holds the entries whose
/// deadline shares every base-64 digit above `L` with ``now`` and has digit `s` at `L`. A 64-bit occupancy
/// bitmap per level finds the next non-empty slot with one count of trailing zeros. The levels together span
/// 64^levels ticks (6 levels: 2^36 ticks, about 2.2 years at 1 ms, 22 years at 10 ms, 2,000 years at 1 s);
/// a deadline beyond the span the clock is in waits in an overflow list, which is examined when the clock
/// enters a span holding one of its deadlines. Deadlines at or before ``now`` wait in an overdue list for the
/// next advance.
///
/// **Cascading.** When the clock reaches the start of a non-empty slot above level 0, its entries move to
/// the finer level their deadline now calls for (or fire, if due at exactly that tick). An entry therefore
/// fires at the first ``advance(to:_:)`` that reaches its deadline, never earlier and never later, at every
/// horizon; an owner that advances every tick sees it within one tick. Each entry cascades at most once per
/// level.
///
/// **Storage.** Entries live in a slab of structs linked by `Int32` indices (32 bytes each with an `Int64`
/// payload) plus a 4-byte generation per cell beside it (36 bytes per pending timer, see ``bytesPerEntry``),
/// reused through a free list (8 bytes per free cell): no allocation per timer once the slab has grown to
/// the largest number of cells in use at once. The fixed overhead is two `Int32`s per list and one word per
/// level (about 3 KiB with 6 levels).
///
/// **Lazy cancel.** ``cancel(_:)`` only moves the timer's 4-byte generation on; its cell stays linked, dead,
/// until a walk of its list (a cascade, a firing, the overdue or overflow list being examined) reaches it
/// and frees it, or until a compaction does (see ``compactIfNeeded()``): dead cells never outnumber pending
/// timers by more than ``compactionFloor``.
///
/// A wheel is a value type for one owner; it is `Sendable` when its payload is. Its operations are
/// `@inlinable` so that they are specialised for the owner's payload type in the owner's module.
public struct TimerWheel<Payload> {
    /// The current tick (see ``now``).
    @usableFromInline var currentTick: UInt64
    /// The number of pending timers (see ``count``).
    @usableFromInline var pendingCount = 0
    /// The levels and how ticks map onto them.
    @usableFromInline let geometry: WheelGeometry
    /// The timers and their lists.
    @usableFromInline var slab: EntrySlab<Payload>
    /// One bitmap per level: bit `s` is set when slot `s` of that level holds an entry.
    @usableFromInline var occupancy: [UInt64]
    /// While the overflow list holds entries, a tick no later than the earliest span start among their
    /// deadlines (exact after every advance that examines the list; lower after a cancel); `.max` otherwise.
    @usableFromInline var overflowFloor = UInt64.max
    /// The number of dead cells: cancelled timers whose cells are still linked (see ``compactIfNeeded()``).
    @usableFromInline var deadCount = 0
    /// How many compactions the wheel has run, for tests and diagnostics.
    @usableFromInline var compactions = 0

    /// How many more dead cells than pending timers the wheel tolerates before it compacts (see
    /// ``compactIfNeeded()``).
    @usableFromInline let compactionFloor: Int

    /// An empty wheel whose clock reads `now`, with `levels` levels of 64 slots (`1...10`, default 6).
    ///
    /// Fewer levels mean a shorter span before the overflow list; the default suits ticks from 1 ms to 1 s.
    @inlinable
    public init(now: UInt64 = 0, levels: Int = 6) {
        self.init(now: now, levels: levels, compactionFloor: Self.defaultCompactionFloor)
    }

    /// An empty wheel as ``init(now:levels:)`` that compacts once dead cells outnumber pending timers by more
    /// than `compactionFloor` (tests use small floors to compact often).
    @inlinable
    init(now: UInt64, levels: Int, compactionFloor: Int) {
        precondition(compactionFloor >= 0, "a compaction floor is not negative")
        currentTick = now
        geometry = WheelGeometry(levelCount: levels)
        slab = EntrySlab(listCount: geometry.listCount)
        occupancy = Array(repeating: 0, count: levels)
        self.compactionFloor = compactionFloor
    }

    /// The current tick: every timer due at or before it has fired, except those scheduled at or before it
    /// since the last advance, which fire at the next one.
    @inlinable public var now: UInt64 { currentTick }

    /// How many timers are pending (cancelled ones not counted, even while their cells are still linked).
    @inlinable public var count: Int { pendingCount }

    /// Whether no timer is pending.
    @inlinable public var isEmpty: Bool { pendingCount == 0 }

    /// The number of ticks the levels span; later deadlines wait in the overflow list.
    public var span: UInt64 { 1 << UInt64(geometry.levelCount * WheelGeometry.slotBits) }

    /// Bytes of slab per pending timer: the stride of one cell holding a `Payload`, its deadline, its links
    /// and its generation, plus the cell's 4-byte entry in the side array of generations.
    public static var bytesPerEntry: Int { MemoryLayout<WheelEntry<Payload>>.stride + MemoryLayout<UInt32>.stride }

    /// Makes room for `capacity` pending timers so that scheduling (and cancelling) that many never grows the
    /// slab, its generations or its free list; the memory is only touched as it is used. (Cancelled timers
    /// hold their cells until freed: at most as many as are pending, plus ``compactionFloor``.)
    @inlinable
    public mutating func reserveCapacity(_ capacity: Int) {
        slab.reserveCapacity(capacity)
    }
}

extension TimerWheel: Sendable where Payload: Sendable {}
