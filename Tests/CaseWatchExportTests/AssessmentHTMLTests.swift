import CaseWatchCore
@testable import CaseWatchExport
import Foundation
import Testing

@Suite("AssessmentHTML")
struct AssessmentHTMLTests {
    @Test("escaping: markup in names is shown, never parsed", arguments: AssessmentExport.Language.allCases)
    func escaping(language: AssessmentExport.Language) {
        let html = AssessmentHTML.render(SampleReports.awkward(), language: language)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Sons"))
        #expect(html.contains("The &quot;Quick&quot; Fix Team"))
        #expect(html.contains("市住房和城乡建设局 👷‍♀️ 🚧"))
        #expect(HTMLText.escape("a\u{0}b\u{7}c\td") == "a\u{FFFD}b\u{FFFD}c\td")
    }

    @Test("self-contained: inline SVG and CSS, no network references, no scripts", arguments: AssessmentExport.Language.allCases)
    func selfContained(language: AssessmentExport.Language) {
        let html = AssessmentHTML.render(SampleReports.city(), language: language)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language == .en ? "en" : "zh-CN")\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<svg"))
        #expect(!html.lowercased().contains("http"))
        #expect(!html.contains("//"), "no protocol-relative or external references")
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("<img"))
        #expect(html.contains("@media print"))
        #expect(html.contains("@page"))
    }

    @Test("well-formed enough: every section, table, svg, tr and element pair closes")
    func balanced() {
        let html = AssessmentHTML.render(SampleReports.city(), language: .zh)
        for tag in ["section", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "svg", "text", "footer", "header", "dl", "h1", "h2", "p"] {
            let opens = html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 2
            let closes = html.components(separatedBy: "</\(tag)>").count - 1
            #expect(opens == closes, "<\(tag)>: \(opens) opened, \(closes) closed")
        }
    }

    @Test("the page holds the ranking, the rates against the city, escalations per tier and the trend")
    func sections() {
        let report = SampleReports.city()
        let html = AssessmentHTML.render(report, language: .en)
        #expect(html.contains("<title>Unit assessment · 2026-11</title>"))
        for heading in ["Ranking", "Rates against the city", "Escalations per tier", "Month-on-month trend"] {
            #expect(html.contains("<h2>\(heading)</h2>"))
        }
        #expect(html.components(separatedBy: "<svg class=\"bar\"").count - 1 == report.rows.count * 4)
        #expect(html.components(separatedBy: "<svg class=\"trend\"").count - 1 == 1)
        #expect(html.contains("<polyline"))
        #expect(html.contains(AssessmentChecksum.of(report)))
        #expect(html.contains("small sample"))
    }

    @Test("an empty trend says so instead of drawing an empty chart")
    func emptyTrend() {
        let html = AssessmentHTML.render(SampleReports.awkward(trend: []), language: .zh)
        #expect(!html.contains("<svg class=\"trend\""))
        #expect(html.contains("暂无往期数据可供比较。"))
    }

    @Test("a one-point trend draws the earlier period and this one")
    func shortTrend() {
        let point = AssessmentReport.TrendPoint(label: "2026-10", score: AssessmentPoints(hundredths: 8100), resolutionRate: nil)
        let html = AssessmentHTML.render(SampleReports.awkward(trend: [point]), language: .en)
        #expect(html.contains("<svg class=\"trend\""))
        #expect(html.contains(">2026-10</text>") && html.contains(">2026-11</text>"))
    }
}
