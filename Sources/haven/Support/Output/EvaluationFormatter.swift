import Foundation
import HavenCore

/// Prints an evaluation report as a table for people or as JSON for scripts.
enum EvaluationFormatter {
    /// The labels worth a row (see `EvaluationReport.isScored`), in the engine's order, then
    /// labels the engine does not know, by name.
    static func orderedLabels(_ report: EvaluationReport) -> [String] {
        let known = SignalLabel.allCases.map(\.rawValue).filter { report.labels[$0] != nil && report.isScored($0) }
        let other = report.labels.keys.filter { SignalLabel(rawValue: $0) == nil && report.isScored($0) }.sorted()
        return known + other
    }

    /// Unscored predictions in the engine's order, each with its count.
    static func unscored(_ report: EvaluationReport) -> [(label: String, lines: Int)] {
        let counts = report.unscoredPredictions
        return SignalLabel.allCases.compactMap { label in counts[label.rawValue].map { (label.rawValue, $0) } }
    }

    static func table(_ report: EvaluationReport, ranking: RankingReport, chosen: ChosenThresholds? = nil) -> String {
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        var lines = [pad("label", 20) + "precision  recall  f1     support"]
        for name in orderedLabels(report) {
            let s = report.labels[name]!
            lines.append(pad(name, 20) + pad(f(s.precision), 11) + pad(f(s.recall), 8) + pad(f(s.f1), 7) + String(s.support))
        }
        let any = report.anyHorseman
        lines.append(pad("any horseman", 20) + pad(f(any.precision), 11) + pad(f(any.recall), 8) + pad(f(any.f1), 7) + String(any.support))
        lines.append("")
        lines.append("lines: \(report.lines)")
        lines.append("macro-F1 (four horsemen): \(f(report.macroF1Horsemen))")
        lines.append("F1 any horseman: \(f(any.f1))")
        lines.append("false alarms: \(f(report.falseAlarmRate)) (\(report.falseAlarms) of \(report.linesWithoutHorseman) lines with no true horseman)")
        let ranked = ranking.summary()
        if let mean = ranked.mean {
            lines.append("average precision (ranking, any threshold): "
                         + ranked.perHorseman.map { "\($0.label.rawValue) \(f($0.value))" }.joined(separator: ", ") + "; mean \(f(mean))")
        }
        if let chosen {
            lines.append("horseman thresholds chosen on \(chosen.lines) lines of \(chosen.files.joined(separator: ", ")) "
                         + "(false-alarm ceiling \(chosen.choice.maximumFalseAlarms); \(f(chosen.choice.falseAlarms)) there): "
                         + chosen.ordered.map { "\($0.label.rawValue) \(String(format: "%.2f", $0.threshold))" }.joined(separator: ", "))
        }
        let unscored = unscored(report)
        if !unscored.isEmpty {
            lines.append("not scored (no line of this file carries them, so it may not label them): "
                         + unscored.map { "\($0.label) given to \($0.lines) line\($0.lines == 1 ? "" : "s")" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ report: EvaluationReport, ranking: RankingReport, chosen: ChosenThresholds? = nil) -> String {
        var w = JSONWriter()
        func score(_ s: EvaluationReport.LabelScore) {
            w.raw("{"); w.key("precision"); w.number(s.precision)
            w.raw(","); w.key("recall"); w.number(s.recall)
            w.raw(","); w.key("f1"); w.number(s.f1)
            w.raw(","); w.key("support"); w.number(s.support); w.raw("}")
        }
        w.raw("{"); w.key("schemaVersion"); w.number(1)
        w.raw(","); w.key("lines"); w.number(report.lines)
        w.raw(","); w.key("labels"); w.raw("{")
        for (i, name) in orderedLabels(report).enumerated() {
            if i > 0 { w.raw(",") }
            w.key(name); score(report.labels[name]!)
        }
        w.raw("},"); w.key("anyHorseman"); score(report.anyHorseman)
        w.raw(","); w.key("macroF1Horsemen"); w.number(report.macroF1Horsemen)
        w.raw(","); w.key("falseAlarmRate"); w.number(report.falseAlarmRate)
        w.raw(","); w.key("falseAlarms"); w.number(report.falseAlarms)
        w.raw(","); w.key("linesWithoutHorseman"); w.number(report.linesWithoutHorseman)
        let ranked = ranking.summary()
        w.raw(","); w.key("averagePrecision"); w.raw("{")
        for (i, entry) in ranked.perHorseman.enumerated() {
            if i > 0 { w.raw(",") }
            w.key(entry.label.rawValue); w.number(entry.value)
        }
        w.raw("}")
        if let mean = ranked.mean { w.raw(","); w.key("meanAveragePrecision"); w.number(mean) }
        w.raw(","); w.key("unscoredPredictions"); w.raw("{")
        for (i, entry) in unscored(report).enumerated() {
            if i > 0 { w.raw(",") }
            w.key(entry.label); w.number(entry.lines)
        }
        w.raw("}")
        if let chosen {
            w.raw(","); w.key("chosenThresholds"); w.raw("{"); w.key("files"); w.raw("[")
            for (i, file) in chosen.files.enumerated() {
                if i > 0 { w.raw(",") }
                w.string(file)
            }
            w.raw("],"); w.key("lines"); w.number(chosen.lines)
            w.raw(","); w.key("maximumFalseAlarms"); w.number(chosen.choice.maximumFalseAlarms)
            w.raw(","); w.key("falseAlarmRate"); w.number(chosen.choice.falseAlarms)
            w.raw(","); w.key("thresholds"); w.raw("{")
            for (i, entry) in chosen.ordered.enumerated() {
                if i > 0 { w.raw(",") }
                w.key(entry.label.rawValue); w.number(entry.threshold)
            }
            w.raw("}}")
        }
        w.raw("}")
        return w.output
    }
}

/// Horseman thresholds `eval` chose on other labelled files instead of the model's own.
struct ChosenThresholds {
    /// The files they were chosen on.
    let files: [String]
    /// How many lines those files hold.
    let lines: Int
    /// The thresholds, the ceiling and the false alarms on those files.
    let choice: HorsemanThresholdChoice

    /// The thresholds in the engine's label order.
    var ordered: [(label: SignalLabel, threshold: Double)] {
        SignalLabel.allCases.compactMap { label in choice.thresholds[label].map { (label, $0) } }
    }
}
