/// A rate as a count over a count, shown in percent to two decimals.
public struct Rate: Hashable, Sendable, CustomStringConvertible {
    /// The count that succeeded.
    public let numerator: Int
    /// The count it is out of.
    public let denominator: Int

    /// A rate; its denominator is positive.
    public init?(_ numerator: Int, of denominator: Int) {
        guard denominator > 0 else { return nil }
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The rate in hundredths of a percent (basis points), rounded half up: 2/3 is 6667.
    public var basisPoints: Int { (numerator * 20_000 + denominator) / (2 * denominator) }

    /// `66.67%`.
    public var description: String { "\(AssessmentPoints(hundredths: basisPoints))%" }
}
