import CaseWatchCore

/// An inline SVG line chart of the city's score and resolution rate, period by period.
///
/// Both series share one axis in points / percent, from a round value below the lowest figure to 100.
/// Coordinates are whole pixels, so the markup is exact.
enum TrendChart {
    /// One period on the chart.
    struct Point {
        /// `2026-10`.
        let label: String
        /// The city's score, in hundredths of a point.
        let score: Int
        /// The city's resolution rate in basis points, nil without cases.
        let resolution: Int?
    }

    private static let width = 760
    private static let height = 260
    private static let left = 44
    private static let right = 24
    private static let top = 28
    private static let bottom = 36

    /// The SVG for `points` (at least one), oldest first.
    static func svg(_ points: [Point], language: AssessmentExport.Language) -> String {
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let values = points.map(\.score) + points.compactMap(\.resolution)
        let high = 10_000
        var low = max(0, ((values.min() ?? 0) - 500) / 1000 * 1000)
        if low >= high { low = high - 1000 }
        let y: (Int) -> Int = { top + (high - min(high, max(low, $0))) * plotHeight / (high - low) }
        let x: (Int) -> Int = { index in
            points.count == 1 ? left + plotWidth / 2 : left + index * plotWidth / (points.count - 1)
        }
        let scoreName = language.pick("City score", "全市综合得分")
        let resolutionName = language.pick("City resolution rate", "全市按时办结率")
        var parts = [
            "<svg class=\"trend\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\""
                + " aria-label=\"\(HTMLText.escape(scoreName)), \(HTMLText.escape(resolutionName))\">",
        ]
        for value in stride(from: low, through: high, by: 1000) {
            parts.append("<line x1=\"\(left)\" y1=\"\(y(value))\" x2=\"\(width - right)\" y2=\"\(y(value))\" stroke=\"#dde1e7\" stroke-width=\"1\"/>")
            parts.append("<text x=\"\(left - 6)\" y=\"\(y(value) + 4)\" font-size=\"11\" text-anchor=\"end\" fill=\"#5b6472\">\(value / 100)</text>")
        }
        let labelStep = max(1, (points.count + 11) / 12)
        for (index, point) in points.enumerated() where index % labelStep == 0 || index == points.count - 1 {
            parts.append("<text x=\"\(x(index))\" y=\"\(height - bottom + 18)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5b6472\">\(HTMLText.escape(point.label))</text>")
        }
        let scorePoints = points.enumerated().map { (x($0.offset), y($0.element.score)) }
        let resolutionPoints = points.enumerated().compactMap { index, point in point.resolution.map { (x(index), y($0)) } }
        parts += series(scorePoints, color: "#3b7dd8", dashed: false)
        parts += series(resolutionPoints, color: "#2a9d6f", dashed: true)
        if let last = points.last, let (lastX, lastY) = scorePoints.last {
            parts.append("<text x=\"\(lastX)\" y=\"\(lastY - 9)\" font-size=\"11\" text-anchor=\"end\" fill=\"#3b7dd8\">\(FixedPoint.twoDecimals(last.score))</text>")
        }
        if let last = points.last?.resolution, let (lastX, lastY) = resolutionPoints.last {
            parts.append("<text x=\"\(lastX)\" y=\"\(lastY + 17)\" font-size=\"11\" text-anchor=\"end\" fill=\"#2a9d6f\">\(FixedPoint.twoDecimals(last))%</text>")
        }
        parts += legend([(scoreName, "#3b7dd8", false), (resolutionName, "#2a9d6f", true)])
        parts.append("</svg>")
        return parts.joined()
    }

    /// A polyline with a dot at each point.
    private static func series(_ points: [(Int, Int)], color: String, dashed: Bool) -> [String] {
        guard !points.isEmpty else { return [] }
        let coordinates = points.map { "\($0.0),\($0.1)" }.joined(separator: " ")
        var parts = [
            "<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(dashed ? " stroke-dasharray=\"6 4\"" : "")/>",
        ]
        parts += points.map { "<circle cx=\"\($0.0)\" cy=\"\($0.1)\" r=\"3.5\" fill=\"\(color)\"/>" }
        return parts
    }

    /// The key, across the top.
    private static func legend(_ entries: [(name: String, color: String, dashed: Bool)]) -> [String] {
        var parts: [String] = []
        var x = left
        for entry in entries {
            parts.append("<line x1=\"\(x)\" y1=\"12\" x2=\"\(x + 22)\" y2=\"12\" stroke=\"\(entry.color)\" stroke-width=\"2\"\(entry.dashed ? " stroke-dasharray=\"6 4\"" : "")/>")
            parts.append("<text x=\"\(x + 28)\" y=\"16\" font-size=\"12\" fill=\"#1d2430\">\(HTMLText.escape(entry.name))</text>")
            x += 40 + DisplayWidth.of(entry.name) * 7
        }
        return parts
    }
}
