/// A deterministic random number generator (SplitMix64) for reproducible property tests.
///
/// The same seed yields the same sequence on every platform and every run, so a failing case can be
/// replayed from its seed. Not suitable for anything but tests.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The generator's state, advanced by every draw.
    public private(set) var state: UInt64

    /// Creates a generator that starts from `seed`.
    public init(seed: UInt64) {
        self.state = seed
    }

    /// The next 64 pseudo-random bits (SplitMix64, Steele, Lea and Flood 2014).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
