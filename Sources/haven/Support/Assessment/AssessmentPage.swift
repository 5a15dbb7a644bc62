import Foundation
import HavenCore

/// A self-contained HTML page for one assessment: scores, the anxiety × avoidance plane as inline
/// SVG (for attachment questionnaires) and the history trail. No scripts, no external files.
enum AssessmentPage {
    static func render(_ report: AssessmentReport) -> String {
        let q = report.questionnaire, locale = report.locale
        var body = "<h1>\(escape(q.title.resolved(for: locale)))</h1>\n"
        body += "<p class=\"notice\">\(escape(q.notice.resolved(for: locale)))</p>\n"
        body += "<h2>Scores on \(AssessmentText.day(report.result.date))</h2>\n<table>\n"
        body += "<tr><th>Scale</th><th>Score</th><th>Range</th><th>95% band</th></tr>\n"
        for subscale in q.subscales {
            let range = q.range(of: subscale)
            let score = report.result.scores[subscale.id].map(AssessmentText.number) ?? "not scored"
            let band = report.bands[subscale.id].map {
                "\(AssessmentText.number($0.band.lower))–\(AssessmentText.number($0.band.upper))"
                    + ($0.status == .published ? "" : " (\($0.status.rawValue) norms)")
            } ?? "—"
            body += "<tr><td>\(escape(subscale.name.resolved(for: locale)))</td><td>\(score)</td>"
                + "<td>\(AssessmentText.number(range.lowerBound))–\(AssessmentText.number(range.upperBound))</td>"
                + "<td>\(escape(band))</td></tr>\n"
        }
        body += "</table>\n"
        if let profile = report.profile {
            body += "<h2>Anxiety × avoidance</h2>\n"
            body += "<figure>" + AttachmentPlaneSVG(scale: q.scale).render(trajectory: report.trajectory, latest: profile)
            body += "<figcaption>Dots: your results over time, the darkest is the latest. Shaded box: its 95% uncertainty band.</figcaption></figure>\n"
            body += "<p>Closest prototype: <strong>\(escape(profile.closestPrototype.displayName))</strong>"
                + (profile.prototypeIsUncertain ? " (uncertain)" : "") + ". What it cannot tell:</p>\n<ul>\n"
            body += profile.limits.map { "<li>\(escape($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
        }
        if let previous = report.previous, !report.changes.isEmpty {
            body += "<h2>Change since \(AssessmentText.day(previous.date))</h2>\n<ul>\n"
            for change in report.changes {
                let verdict = change.isReliable ? "reliable change (\(change.direction.rawValue))" : "within measurement error"
                body += "<li>\(escape(change.subscale)): \(AssessmentText.number(change.before)) → "
                    + "\(AssessmentText.number(change.after)), RCI \(String(format: "%.2f", change.index)): \(verdict)</li>\n"
            }
            body += "</ul>\n"
        }
        body += "<h2>History</h2>\n<table>\n<tr><th>Date</th>"
        body += q.subscales.map { "<th>\(escape($0.id))</th>" }.joined() + "</tr>\n"
        for result in report.trail {
            body += "<tr><td>\(AssessmentText.day(result.date))</td>"
            body += q.subscales.map { "<td>\(result.scores[$0.id].map(AssessmentText.number) ?? "—")</td>" }.joined()
            body += "</tr>\n"
        }
        body += "</table>\n<p class=\"notice\">Reliable change uses the Jacobson &amp; Truax index with the norms the questionnaire declares. "
            + "Scores describe how you answered; they are not a diagnosis and do not predict the future of the relationship.</p>\n"
        return """
        <!DOCTYPE html>
        <html lang="\(escape(locale))">
        <head><meta charset="utf-8"><title>\(escape(q.title.resolved(for: locale)))</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#222}
        table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}
        .notice{color:#555;font-size:.9rem}figure{margin:1rem 0}
        </style></head>
        <body>
        \(body)</body>
        </html>

        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
