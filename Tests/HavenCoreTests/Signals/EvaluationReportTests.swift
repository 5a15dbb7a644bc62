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

    @Test("Labels no line carries are not scored, except the horsemen")
    func unscoredLabels() {
        var report = EvaluationReport()
        report.add(predicted: ["gentle-startup"], actual: [])
        report.add(predicted: ["gentle-startup", "contempt"], actual: [])
        report.add(predicted: ["repair"], actual: ["repair"])
        report.add(predicted: ["repair"], actual: [])
        #expect(!report.isScored("gentle-startup"))
        #expect(report.unscoredPredictions == ["gentle-startup": 2])
        // A horseman given wrongly is a false alarm whatever the file labels.
        #expect(report.isScored("contempt"))
        #expect(report.labels["contempt"]?.precision == 0)
        // A label some line carries is scored, its wrong predictions included.
        #expect(report.isScored("repair"))
        #expect(report.labels["repair"]?.precision == 0.5)
    }
}
