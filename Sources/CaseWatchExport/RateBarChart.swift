import CaseWatchCore

/// A small inline SVG bar for one unit's rate, with a marker at the city's rate.
///
/// The bar is 0–100% wide; it is blue when the unit is at or above the city, orange below it; the
/// city's rate is a dark tick across the bar. Coordinates are whole pixels, so the markup is exact.
enum RateBarChart {
    /// The width of the bar's track, in pixels.
    static let trackWidth = 140
    /// The width of the whole drawing, with room for the figure after the track.
    static let width = 196
    /// The height of the drawing.
    static let height = 18

    /// The SVG for `rate` against `city`; `label` names the indicator for screen readers.
    static func svg(rate: Rate?, city: Rate?, label: String) -> String {
        let value = rate.map { $0.basisPoints } ?? 0
        let cityValue = city.map { $0.basisPoints }
        let text = FixedPoint.percentText(rate) ?? "—"
        let cityText = FixedPoint.percentText(city) ?? "—"
        var parts = [
            "<svg class=\"bar\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\""
                + " aria-label=\"\(HTMLText.escape(label)) \(text) (city \(cityText))\">",
            "<rect x=\"0\" y=\"4\" width=\"\(trackWidth)\" height=\"10\" fill=\"#eef0f3\"/>",
        ]
        if rate != nil {
            let below = cityValue.map { value < $0 } ?? false
            parts.append(
                "<rect x=\"0\" y=\"4\" width=\"\(x(value))\" height=\"10\" fill=\"\(below ? "#e8833a" : "#3b7dd8")\"/>"
            )
        }
        if let cityValue {
            parts.append("<rect x=\"\(max(0, x(cityValue) - 1))\" y=\"1\" width=\"2\" height=\"16\" fill=\"#1d2430\"/>")
        }
        parts.append("<text x=\"\(trackWidth + 6)\" y=\"13\" font-size=\"11\" fill=\"#1d2430\">\(text)</text>")
        parts.append("</svg>")
        return parts.joined()
    }

    /// The pixel offset of a rate in basis points on the track.
    private static func x(_ basisPoints: Int) -> Int {
        min(trackWidth, max(0, basisPoints * trackWidth / 10_000))
    }
}
