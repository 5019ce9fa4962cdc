import CaseWatchCore

/// A small inline SVG stacked bar of one unit's escalations, one segment per tier.
enum EscalationBarChart {
    /// The width of the bar at the largest total, in pixels.
    static let trackWidth = 320
    /// The height of the drawing.
    static let height = 18

    /// The fill of each tier: light to dark as the ladder climbs, distinct in grey print too.
    static func color(_ tier: TierName) -> String {
        switch tier {
        case .warning: "#f4d35e"
        case .overdue: "#f29e4c"
        case .urge: "#e05a47"
        case .leadership: "#9b3f8f"
        case .notice: "#3d3a6b"
        }
    }

    /// The SVG for `counts`, scaled so that a total of `scale` fills the track; `label` names the unit, each segment's
    /// tooltip its tier in `language`.
    static func svg(_ counts: [TierName: Int], scale: Int, label: String, language: AssessmentExport.Language) -> String {
        let total = counts.values.reduce(0, +)
        let width = trackWidth + 48
        var parts = [
            "<svg class=\"bar\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\""
                + " aria-label=\"\(HTMLText.escape(label)): \(total)\">",
        ]
        var running = 0
        var x = 0
        for tier in TierName.allCases {
            let count = counts[tier] ?? 0
            guard count > 0, scale > 0 else { continue }
            running += count
            let end = running * trackWidth / scale
            parts.append(
                "<rect x=\"\(x)\" y=\"3\" width=\"\(max(1, end - x))\" height=\"12\" fill=\"\(color(tier))\"><title>\(tier.label(language)) \(count)</title></rect>"
            )
            x = end
        }
        parts.append("<text x=\"\(x + 6)\" y=\"13\" font-size=\"11\" fill=\"#1d2430\">\(total)</text>")
        parts.append("</svg>")
        return parts.joined()
    }
}
