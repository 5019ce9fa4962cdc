import CaseWatchCore

/// Exact decimal text for values held in hundredths, so that no export goes through floating point.
enum FixedPoint {
    /// `6667` → `66.67`, `10000` → `100.00`, `-5` → `-0.05`: always two decimals.
    static func twoDecimals(_ hundredths: Int) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A rate as a percentage with two decimals and the sign (`66.67%`, `100.00%`), or nil without cases.
    static func percentText(_ rate: Rate?) -> String? {
        percent(rate).map { $0 + "%" }
    }

    /// A rate in percent with two decimals (`66.67`), or nil when the rate has no cases.
    static func percent(_ rate: Rate?) -> String? {
        rate.map { twoDecimals($0.basisPoints) }
    }
}
