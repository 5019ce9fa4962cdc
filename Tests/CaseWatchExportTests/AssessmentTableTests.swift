import CaseWatchCore
@testable import CaseWatchExport
import Foundation
import Testing

@Suite("AssessmentTable")
struct AssessmentTableTests {
    @Test("display width: CJK and fullwidth take two columns, combining marks none, emoji sequences two")
    func displayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("受理量") == 6)
        #expect(DisplayWidth.of("ｆｕｌｌ") == 8)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👷‍♀️") == 2)
        #expect(DisplayWidth.of("🚧x") == 3)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test("every table line has the same display width, in both languages", arguments: AssessmentExport.Language.allCases)
    func aligned(language: AssessmentExport.Language) {
        let text = AssessmentTable.render(SampleReports.awkward(), language: language)
        let table = text.split(separator: "\n").drop { !$0.hasPrefix(language == .en ? "Unit ID" : "单位编码") }
        #expect(table.count == 1 + 1 + 5 + 1 + 1)
        let widths = Set(table.map { DisplayWidth.of(String($0)) })
        #expect(widths.count == 1, "widths \(widths)")
    }

    @Test("figures sit under their headers, right-aligned; names stay on one line")
    func columns() {
        let text = AssessmentTable.render(SampleReports.awkward(), language: .en)
        let lines = text.split(separator: "\n").map(String.init)
        let header = lines.first { $0.hasPrefix("Unit ID") }!
        let comma = lines.first { $0.hasPrefix("u-comma") }!
        #expect(comma.contains("Roads, Bridges and Tunnels"))
        #expect(lines.contains { $0.hasPrefix("u-newline") && $0.contains("Line one  Line two three") })
        let end = header.distance(from: header.startIndex, to: header.range(of: "Received")!.upperBound)
        #expect(comma.prefix(end).suffix(3) == " 40")
        #expect(lines.contains { $0.hasPrefix("u-cjk") && $0.hasSuffix("small sample") })
        #expect(lines.last!.hasPrefix("city") && lines.last!.contains("City total"))
    }

    @Test("the facts head the table")
    func facts() {
        let text = AssessmentTable.render(SampleReports.awkward(), language: .zh)
        let first = text.split(separator: "\n").first.map(String.init)
        #expect(first == "考核周期：2026-11-01 至 2026-11-30（Asia/Shanghai）")
        #expect(text.contains("校验码：  fnv1a64:"))
    }
}
