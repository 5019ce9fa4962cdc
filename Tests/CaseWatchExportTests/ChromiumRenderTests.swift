import CaseWatchExport
import CaseWatchTesting
import Foundation
import Testing

@Suite("ChromiumRender")
struct ChromiumRenderTests {
    /// When set, the sample report's HTML and PNG (and its CSV, JSON and table) are also written to this
    /// directory (see
    /// `scripts/assessment-report-png`, which makes `docs/assessment-report.png`).
    static let sampleDirectory = ProcessInfo.processInfo.environment["CASEWATCH_ASSESSMENT_SAMPLE_DIR"]

    @Test(
        "headless Chromium renders the sample report to a non-trivial PNG",
        .enabled(if: Chromium.path != nil, "chromium is not on PATH (apt-get install chromium)"),
        arguments: AssessmentExport.Language.allCases
    )
    func rendersInChromium(language: AssessmentExport.Language) throws {
        let directory = try TemporaryDirectory()
        let base = URL(fileURLWithPath: directory.path)
        let html = base.appendingPathComponent("assessment-\(language).html")
        let png = base.appendingPathComponent("assessment-\(language).png")
        try Data(AssessmentExport.render(SampleReports.city(), format: .html, language: language)).write(to: html)
        let profile = base.appendingPathComponent("profile")
        try Chromium.screenshot(html: html, png: png, width: 1280, height: 1800, scratch: profile)

        let data = try Data(contentsOf: png)
        let size = try #require(Chromium.pngSize(data), "not a PNG")
        #expect(size.width == 1280 && size.height == 1800)
        // A blank page of this size compresses to a few kilobytes; the report's text and charts do not.
        #expect(data.count > 60_000, "PNG is only \(data.count) bytes")

        if let sample = Self.sampleDirectory {
            let out = URL(fileURLWithPath: sample)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: out.appendingPathComponent(html.lastPathComponent))
            try? FileManager.default.removeItem(at: out.appendingPathComponent(png.lastPathComponent))
            try FileManager.default.copyItem(at: html, to: out.appendingPathComponent(html.lastPathComponent))
            try FileManager.default.copyItem(at: png, to: out.appendingPathComponent(png.lastPathComponent))
            for format in [AssessmentExport.Format.csv, .json, .table] {
                let bytes = AssessmentExport.render(SampleReports.city(), format: format, language: language)
                try Data(bytes).write(to: out.appendingPathComponent("assessment-\(language).\(format.fileExtension)"))
            }
        }
    }
}
