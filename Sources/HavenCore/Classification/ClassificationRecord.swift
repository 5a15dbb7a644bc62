/// The JSON object `haven classify` writes for one message, and the message coach API returns.
public enum ClassificationRecord {
    /// Encodes a result as one compact JSON object.
    ///
    /// - Parameters:
    ///   - id: the input's id.
    ///   - result: what the engine found.
    ///   - safety: the safety concerns screening raised (raw values such as `self-harm`).
    /// - Returns: the JSON text, without a newline.
    public static func json(id: String, result: SignalResult, safety: [String]) -> String {
        jsonBytes(id: id, result: result, safety: safety).output
    }

    /// Encodes a result as one compact JSON object, as UTF-8 bytes in a writer.
    public static func jsonBytes(id: String, result: SignalResult, safety: [String]) -> JSONWriter {
        var w = JSONWriter()
        w.raw("{")
        w.key("id"); w.string(id)
        w.raw(","); w.key("labels"); w.raw("[")
        for (i, label) in result.labels.enumerated() {
            if i > 0 { w.raw(",") }
            w.string(label.rawValue)
        }
        w.raw("],"); w.key("scores"); w.raw("{")
        var first = true
        for label in SignalLabel.allCases {
            guard let score = result.score(for: label) else { continue }
            if !first { w.raw(",") }
            first = false
            w.key(label.rawValue); w.number(score)
        }
        w.raw("},"); w.key("findings"); w.raw("[")
        for (i, finding) in result.findings.enumerated() {
            if i > 0 { w.raw(",") }
            write(finding, to: &w)
        }
        w.raw("],"); w.key("language"); w.string(result.language)
        if !result.isSupported { w.raw(","); w.key("supported"); w.raw("false") }
        w.raw(","); w.key("safety"); w.raw("[")
        for (i, concern) in safety.enumerated() {
            if i > 0 { w.raw(",") }
            w.string(concern)
        }
        w.raw("]}")
        return w
    }

    /// Encodes an input line that could not be read, for `--keep-going`.
    public static func errorJSON(id: String?, message: String) -> String {
        var w = JSONWriter()
        w.raw("{"); w.key("id")
        if let id { w.string(id) } else { w.raw("null") }
        w.raw(","); w.key("error"); w.string(message); w.raw("}")
        return w.output
    }

    private static func write(_ finding: Finding, to w: inout JSONWriter) {
        w.raw("{"); w.key("label"); w.string(finding.label.rawValue)
        w.raw(","); w.key("score"); w.number(finding.score)
        w.raw(","); w.key("evidence"); w.raw("[")
        for (i, e) in finding.evidence.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{"); w.key("start"); w.number(e.start)
            w.raw(","); w.key("end"); w.number(e.end)
            w.raw(","); w.key("text"); w.string(e.text); w.raw("}")
        }
        w.raw("],"); w.key("explanation"); w.string(finding.explanation)
        if let antidote = finding.antidote { w.raw(","); w.key("antidote"); w.string(antidote) }
        w.raw(","); w.key("rules"); w.raw("[")
        for (i, rule) in finding.rules.enumerated() {
            if i > 0 { w.raw(",") }
            w.string(rule)
        }
        w.raw("]}")
    }
}
