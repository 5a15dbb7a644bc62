import Foundation
import HavenCore

/// Formats `haven check --explain`: how each score comes about, feature by feature.
enum BreakdownReport {
    /// Parts shown per label in the text form; the JSON form has them all.
    static let partsShown = 8

    /// The horsemen always, and any other label that scored at least 0.2.
    static func shown(_ breakdowns: [ScoreBreakdown]) -> [ScoreBreakdown] {
        breakdowns.filter { $0.label.isHorseman || $0.score >= 0.2 }
    }

    static func text(_ breakdowns: [ScoreBreakdown]) -> String {
        guard !breakdowns.isEmpty else { return "" }
        var out = "\nWhy these scores (log-odds: the label's starting point, then what each feature of the message adds):\n"
        for b in shown(breakdowns) {
            // A lowered score sits a thousandth under the threshold, which two decimals would hide.
            let score = format(b.score, b.loweredBy == nil ? "%.2f" : "%.3f")
            out += "\n  \(b.label.rawValue) \(score) (a finding needs \(format(b.threshold, "%.2f")))\n"
            if let rule = b.raisedBy {
                out += "    raised from \(format(b.learnedScore, "%.3f")): \(rule) is enough for \(b.label.rawValue) on its own\n"
            }
            if let rule = b.loweredBy {
                out += "    lowered from \(format(b.learnedScore, "%.3f")): \(rule) rules \(b.label.rawValue) out\n"
            }
            out += "    \(format(b.bias, "%+7.2f"))  starting point\n"
            for part in b.parts.prefix(partsShown) {
                out += "    \(format(part.contribution, "%+7.2f"))  \(part.feature)\n"
            }
            if b.parts.count > partsShown {
                let rest = b.parts.dropFirst(partsShown).reduce(0) { $0 + $1.contribution }
                out += "    \(format(rest, "%+7.2f"))  \(b.parts.count - partsShown) more\n"
            }
        }
        return out
    }

    /// `"breakdown": {label: {"score", "threshold", "learnedScore", "raisedBy" (when a definite rule raised the score),
    /// "loweredBy" (when a rule that rules the label out lowered it), "bias",
    /// "parts": [{"feature", "value", "weight", "contribution"}]}}`.
    static func json(_ breakdowns: [ScoreBreakdown], into w: inout JSONWriter) {
        w.key("breakdown"); w.raw("{")
        for (i, b) in breakdowns.enumerated() {
            if i > 0 { w.raw(",") }
            w.key(b.label.rawValue); w.raw("{")
            w.key("score"); w.number(b.score)
            w.raw(","); w.key("threshold"); w.number(b.threshold)
            w.raw(","); w.key("learnedScore"); w.number(b.learnedScore)
            if let rule = b.raisedBy { w.raw(","); w.key("raisedBy"); w.string(rule) }
            if let rule = b.loweredBy { w.raw(","); w.key("loweredBy"); w.string(rule) }
            w.raw(","); w.key("bias"); w.number(b.bias)
            w.raw(","); w.key("parts"); w.raw("[")
            for (k, part) in b.parts.enumerated() {
                if k > 0 { w.raw(",") }
                w.raw("{"); w.key("feature"); w.string(part.feature)
                w.raw(","); w.key("value"); w.number(part.value)
                w.raw(","); w.key("weight"); w.number(part.weight)
                w.raw(","); w.key("contribution"); w.number(part.contribution); w.raw("}")
            }
            w.raw("]}")
        }
        w.raw("}")
    }

    private static func format(_ value: Double, _ pattern: String) -> String { String(format: pattern, value) }
}
