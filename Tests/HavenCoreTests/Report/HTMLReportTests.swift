import Foundation
import Testing
@testable import HavenCore

/// The HTML report is one self-contained page.
@Suite("Report: HTML")
struct HTMLReportTests {
    @Test func isSelfContainedWithChartsAndNoScript() throws {
        var lines: [(Double, String, String)] = []
        for day in 0..<120 {
            for (offset, line) in ReportFixtures.quarrelWithRepair.enumerated() {
                lines.append((Double(day) * 86_400 + Double(offset) * 60, line.1, line.2))
            }
        }
        let report = ConversationAnalyzer(engine: try SignalEngine.standard()).analyze(ReportFixtures.conversation(lines))
        let html = HTMLReport(report: report).render()
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.components(separatedBy: "<svg").count - 1 >= 12)
        for forbidden in ["<script", "src=", "href=", "@import", "url("] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        #expect(html.contains(report.privacy))
        #expect(html.contains("Gottman"))
    }

    @Test func escapesMessageText() throws {
        let report = ConversationAnalyzer(engine: try SignalEngine.standard()).analyze(ReportFixtures.conversation([
            (0, "<b>Ana</b>", "You always do this, you are so selfish <script>x</script>"),
            (60, "Leo", "That is not my fault, you started it."),
        ]))
        let html = HTMLReport(report: report).render()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;b&gt;Ana&lt;/b&gt;"))
    }
}
