/// The shape of a hierarchical wheel: `levelCount` levels of 64 slots, level `L` slot `s` covering the
/// 64^L ticks whose base-64 digit `L` is `s`, and how ticks map onto levels, slots and lists.
///
/// An entry due at `deadline` while the clock reads `now` (with `deadline > now`) lives on the level of the
/// highest base-64 digit in which the two differ, in the slot of `deadline`'s digit there. Everything
/// above that digit is shared with `now`, so the slot starts after `now` and the entry cascades to a finer
/// level when the clock reaches that start. A deadline whose digits above the top level differ from `now`'s
/// lies beyond the top level's span and waits in the overflow list.
///
/// Lists: slot `s` of level `L` is list `L * 64 + s`; then the overdue list, then the overflow list.
@usableFromInline
struct WheelGeometry: Sendable {
    /// Bits of a tick per level.
    @inlinable static var slotBits: Int { 6 }
    /// Slots per level.
    @inlinable static var slotsPerLevel: Int { 64 }
    /// The most levels a wheel may have: 10 levels cover 2^60 ticks.
    @inlinable static var maximumLevels: Int { 10 }

    /// How many levels the wheel has.
    @usableFromInline let levelCount: Int

    /// A geometry of `levelCount` levels, `1...maximumLevels`.
    @inlinable
    init(levelCount: Int) {
        precondition((1...Self.maximumLevels).contains(levelCount), "a wheel has 1...10 levels")
        self.levelCount = levelCount
    }

    /// The number of slot lists, which is also the overdue list's number.
    @inlinable var slotListCount: Int { levelCount * Self.slotsPerLevel }
    /// The list of entries due at or before `now`, waiting for the next advance.
    @inlinable var overdueList: Int { slotListCount }
    /// The list of entries beyond the top level's span.
    @inlinable var overflowList: Int { slotListCount + 1 }
    /// How many lists a slab for this geometry needs.
    @inlinable var listCount: Int { slotListCount + 2 }

    /// The level on which an entry due at `deadline` lives while the clock reads `now` (`deadline > now`);
    /// `levelCount` or more means the overflow list.
    @inlinable
    func level(of deadline: UInt64, now: UInt64) -> Int {
        let differing = (now ^ deadline) | UInt64(Self.slotsPerLevel - 1)
        let highestBit = UInt64.bitWidth - 1 - differing.leadingZeroBitCount
        return highestBit / Self.slotBits
    }

    /// The slot of level `level` that covers `tick`.
    @inlinable
    func slot(of tick: UInt64, level: Int) -> Int {
        Int(truncatingIfNeeded: tick &>> UInt64(level * Self.slotBits)) & (Self.slotsPerLevel - 1)
    }

    /// The first tick of slot `slot` on level `level` in the stretch of time the clock is in at `now`.
    @inlinable
    func slotStart(level: Int, slot: Int, now: UInt64) -> UInt64 {
        let shift = UInt64((level + 1) * Self.slotBits)
        return (now &>> shift) &<< shift | UInt64(slot) &<< UInt64(level * Self.slotBits)
    }

    /// The first tick of the top level's span that contains `tick`: overflow entries in that span move onto
    /// the levels when the clock reaches it.
    @inlinable
    func spanStart(of tick: UInt64) -> UInt64 {
        let shift = UInt64(levelCount * Self.slotBits)
        return (tick &>> shift) &<< shift
    }
}
