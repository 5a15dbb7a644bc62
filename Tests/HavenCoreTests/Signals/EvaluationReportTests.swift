import Testing
@testable import HavenCore

@Suite("Evaluation metrics")
struct EvaluationReportTests {
    @Test("Precision, recall, F1, any-horseman and false alarms are computed by hand")
    func metrics() {
        var report = EvaluationReport()
        report.add(predicted: ["criticism"], actual: ["criticism"])           // TP
        report.add(predicted: ["criticism"], actual: [])                      // FP, false alarm
        report.add(predicted: [], actual: ["criticism"])                      // FN
        report.add(predicted: ["contempt"], actual: ["criticism"])            // any-horseman TP
        report.add(predicted: ["repair"], actual: [])                         // no horseman, no alarm
        let criticism = report.labels["criticism"]!
        #expect(criticism.truePositives == 1 && criticism.falsePositives == 1 && criticism.falseNegatives == 2)
        #expect(abs(criticism.precision - 0.5) < 1e-9)
        #expect(abs(criticism.recall - 1.0 / 3) < 1e-9)
        #expect(abs(criticism.f1 - 0.4) < 1e-9)
        #expect(report.anyHorseman.truePositives == 2)
        #expect(report.linesWithoutHorseman == 2)
        #expect(report.falseAlarms == 1)
        #expect(abs(report.falseAlarmRate - 0.5) < 1e-9)
    }
}
