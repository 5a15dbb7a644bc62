import Foundation
import HavenCore

/// Formats `haven check` output for people (evidence marked) and for scripts (JSON).
enum CheckReport {
    static func text(message: String, result: SignalResult, rewrites: [SignalLabel: String], colour: Bool) -> String {
        guard result.isSupported else {
            return "This message looks like it is not in English (\(result.language)); Haven reads English only for now.\n"
        }
        var out = "Message: " + marked(message, evidence: result.findings.flatMap(\.evidence), colour: colour) + "\n"
        guard !result.findings.isEmpty else {
            return out + "\nNothing here that erodes or builds safety stands out. (Haven reads words only, not tone.)\n"
        }
        for finding in result.findings {
            let harmful = finding.label.isHarmful
            let title = "\(finding.label.rawValue) (\(String(format: "%.2f", finding.score)))"
            out += "\n" + style(title, harmful ? "1;31" : "1;32", colour) + "\n"
            out += "  " + finding.explanation + "\n"
            if let antidote = finding.antidote { out += "  Instead: " + antidote + "\n" }
            if let rewrite = rewrites[finding.label] { out += "  Try: " + style("“\(rewrite)”", "36", colour) + "\n" }
        }
        return out
    }

    static func json(result: SignalResult, rewrites: [SignalLabel: String], screening: SafetyScreening, guidance: SupportGuidance?,
                     breakdowns: [ScoreBreakdown]? = nil) -> String {
        var w = ClassificationRecord.jsonBytes(id: "message", result: result, safety: screening.concerns.map(\.rawValue))
        var bytes = w.bytes
        bytes.removeLast()  // reopen the object to add members
        var extra = JSONWriter()
        extra.raw(","); extra.key("schemaVersion"); extra.number(1)
        extra.raw(","); extra.key("rewrites"); extra.raw("{")
        for (i, label) in rewrites.keys.sorted().enumerated() {
            if i > 0 { extra.raw(",") }
            extra.key(label.rawValue); extra.string(rewrites[label]!)
        }
        extra.raw("}")
        if let guidance {
            extra.raw(","); extra.key("support"); extra.raw("[")
            for (i, resource) in guidance.resources.enumerated() {
                if i > 0 { extra.raw(",") }
                extra.raw("{"); extra.key("name"); extra.string(resource.name)
                extra.raw(","); extra.key("contact"); extra.string(resource.contact); extra.raw("}")
            }
            extra.raw("]")
        }
        if let breakdowns {
            extra.raw(",")
            BreakdownReport.json(breakdowns, into: &extra)
        }
        extra.raw("}")
        bytes += extra.bytes
        w = JSONWriter()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The message with evidence underlined on a terminal, or in [brackets] elsewhere.
    static func marked(_ message: String, evidence: [Evidence], colour: Bool) -> String {
        let scalars = Array(message.unicodeScalars)
        var spans = evidence.map { ($0.start, $0.end) }.filter { $0.0 >= 0 && $0.1 <= scalars.count && $0.0 < $0.1 }.sorted { $0 < $1 }
        var merged: [(Int, Int)] = []
        for span in spans {
            if let last = merged.last, span.0 <= last.1 { merged[merged.count - 1].1 = max(last.1, span.1) } else { merged.append(span) }
        }
        spans = merged
        var out = ""
        var cursor = 0
        for (start, end) in spans {
            out += String(String.UnicodeScalarView(scalars[cursor..<start]))
            let piece = String(String.UnicodeScalarView(scalars[start..<end]))
            out += colour ? "\u{1B}[4;33m\(piece)\u{1B}[0m" : "[\(piece)]"
            cursor = end
        }
        out += String(String.UnicodeScalarView(scalars[cursor...]))
        return out
    }

    private static func style(_ text: String, _ code: String, _ colour: Bool) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
