import Foundation

/// Renders an ``AnalysisReport`` as one self-contained HTML page: inline CSS and SVG charts, no
/// script, no external assets, readable on a phone.
public struct HTMLReport: Sendable {
    /// The report to render.
    public var report: AnalysisReport

    /// Colours for people, in participant order.
    static let palette = ["#2563eb", "#d97706", "#059669", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#9f1239"]

    /// Creates a renderer.
    ///
    /// - Parameter report: The report (redact it first to hide names).
    public init(report: AnalysisReport) { self.report = report }

    /// The page.
    ///
    /// - Returns: A complete HTML document.
    public func render() -> String {
        var body = header()
        if let reason = report.emptyReason {
            body += "<section class=\"card\"><h2>Nothing to analyse</h2><p>\(e(reason.capitalizedFirst)).</p>"
                + "<p class=\"note\">Export the chat again with its messages, or check that you chose the right file.</p></section>"
        } else {
            body += overview() + signalsOverTime() + conflictSection() + episodeTimeline() + replyTimes()
                + reassuranceAndPast() + examplesSection() + trendsSection()
        }
        body += limitsSection()
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>Haven: how you talk to each other</title>
            <style>\(Self.css)</style></head>
            <body><main>
            \(body)
            </main></body></html>
            """
    }

    private func header() -> String {
        var period = ""
        if let first = report.firstMessage, let last = report.lastMessage {
            period = " · \(ReportFormat.day(first)) to \(ReportFormat.day(last))"
        }
        var html = "<header><p class=\"badge\">Private: made on this machine</p><h1>How you talk to each other</h1>"
            + "<p class=\"note\">\(e(report.format)) export\(period) · \(ReportFormat.count(report.messages)) messages · "
            + "\(ReportFormat.count(report.events)) events · \(ReportFormat.count(report.unparsedLines)) lines not understood"
            + (report.redacted ? " · names, numbers and links redacted" : "") + "</p>"
        html += legend()
        html += report.warnings.map { "<p class=\"warn\">\(e($0))</p>" }.joined()
        return html + "</header>"
    }

    /// Swatches naming each person's colour.
    func legend() -> String {
        guard !report.participants.isEmpty else { return "" }
        return "<p class=\"legend\">" + report.participants.enumerated().map { index, person in
            "<span><i class=\"swatch\" style=\"background:\(colour(index))\"></i>\(e(person.name))</span>"
        }.joined() + "</p>"
    }

    private func limitsSection() -> String {
        "<section><h2>What these numbers can and cannot tell</h2><div class=\"card\"><ul>"
            + report.limits.map { "<li>\(e($0))</li>" }.joined()
            + "<li>\(e(report.conflict.method))</li><li>\(e(report.timing.method))</li></ul></div>"
            + "<footer><p>\(e(report.privacy))</p><p class=\"note\">\(e(report.generator)) · report schema "
            + "\(report.schemaVersion)</p></footer></section>"
    }

    /// A person's colour.
    func colour(_ index: Int) -> String { Self.palette[index % Self.palette.count] }

    /// Escapes text for HTML.
    func e(_ text: String) -> String { HTMLText.escape(text) }

    static let css = """
        :root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f6f7f9}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
        main{max-width:880px;margin:0 auto;padding:18px 14px 40px}
        h1{font-size:1.7rem;line-height:1.2;margin:.3em 0 .2em}
        h2{font-size:1.25rem;margin:1.8em 0 .4em}
        h3{font-size:1rem;margin:0 0 .3em}
        .card h2{margin-top:0}
        p{margin:.4em 0}
        .card{background:#fff;border:1px solid var(--line);border-radius:12px;padding:14px 16px;margin:10px 0}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:10px}
        .cards .card{margin:0}
        .stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:10px;margin:10px 0}
        .stat{background:#fff;border:1px solid var(--line);border-radius:12px;padding:10px 12px}
        .stat b{display:block;font-size:1.45rem;line-height:1.2}
        .stat span{color:var(--muted);font-size:.85rem}
        .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
        table{border-collapse:collapse;width:100%;font-size:.88rem;font-variant-numeric:tabular-nums}
        th,td{padding:5px 6px;border-bottom:1px solid var(--line);text-align:right}
        td{white-space:nowrap}
        td.wrap,th.wrap{white-space:normal;text-align:left}
        svg.narrow{max-width:460px;margin-left:0}
        th{vertical-align:bottom}
        th:first-child,td:first-child{text-align:left}
        th{font-weight:600;color:var(--muted)}
        tr.group td{color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;padding-top:12px}
        svg{width:100%;max-width:680px;height:auto;display:block;margin:6px auto}
        svg .gl{stroke:#eef0f3}
        svg .tick,svg .val{font-size:11px;fill:#6b7280}
        @media (max-width:520px){main{padding:14px 10px 32px}.card{padding:12px}td:first-child{white-space:normal}}
        svg .ref{stroke:#059669;stroke-dasharray:5 4}
        svg .reflabel{font-size:11px;fill:#047857}
        mark{background:#fde68a;border-radius:3px;padding:0 2px}
        .legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:.6em 0}
        .legend span{display:inline-flex;align-items:center;font-size:.9rem}
        .swatch{width:12px;height:12px;border-radius:3px;display:inline-block;margin-right:6px}
        .note{color:var(--muted);font-size:.9rem}
        .warn{background:#fffbeb;border:1px solid #fde68a;border-radius:8px;padding:6px 10px;font-size:.9rem}
        .badge{display:inline-block;background:#ecfdf5;color:#065f46;border-radius:999px;padding:2px 10px;font-size:.8rem;margin:0}
        blockquote{margin:.4em 0;padding:.5em .8em;border-left:3px solid #cbd5e1;background:#f8fafc;border-radius:0 8px 8px 0;overflow-wrap:anywhere}
        .meta{color:var(--muted);font-size:.8rem}
        .up{color:#b45309}.down{color:#047857}
        ul{padding-left:1.2em;margin:.3em 0}li{margin:.3em 0}
        footer{margin-top:16px}
        """
}
