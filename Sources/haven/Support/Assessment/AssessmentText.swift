import Foundation
import HavenCore

/// The human-readable output of `haven assess`.
enum AssessmentText {
    static func render(_ report: AssessmentReport) -> String {
        let q = report.questionnaire, result = report.result, locale = report.locale
        var lines: [String] = []
        lines.append(Terminal.bold("\(q.title.resolved(for: locale)) — \(day(result.date))"))
        lines.append(Terminal.dim(q.notice.resolved(for: locale)))
        lines.append("")
        let width = q.subscales.map { $0.name.resolved(for: locale).count }.max() ?? 10
        for subscale in q.subscales {
            let name = subscale.name.resolved(for: locale).padding(toLength: width, withPad: " ", startingAt: 0)
            guard let score = result.scores[subscale.id] else {
                lines.append("  \(name)  not scored (too many items unanswered)")
                continue
            }
            let range = q.range(of: subscale)
            var line = "  \(name)  \(TerminalChart.bar(score, in: range)) \(number(score)) of \(number(range.lowerBound))–\(number(range.upperBound))"
            if let band = report.bands[subscale.id] {
                line += Terminal.dim("  (95% band \(number(band.band.lower))–\(number(band.band.upper))\(band.status == .published ? "" : ", \(band.status.rawValue) norms"))")
            }
            if let missing = result.missing[subscale.id], missing > 0 { line += Terminal.dim("  [\(missing) unanswered, prorated]") }
            lines.append(line)
        }
        let raised = q.flags.filter { result.flags[$0.id] == true }
        if !raised.isEmpty {
            lines.append("")
            for flag in raised { lines.append(Terminal.warn("  ▸ \(flag.id): ") + flag.meaning.resolved(for: locale)) }
        }
        if let profile = report.profile { lines += attachment(profile, report) }
        lines += change(report)
        if report.trail.count > 1, report.profile == nil {
            lines.append("")
            lines.append("History (\(report.trail.count) results, oldest first):")
            for subscale in q.subscales where report.trail.contains(where: { $0.scores[subscale.id] != nil }) {
                let values = report.trail.compactMap { $0.scores[subscale.id] }
                lines.append("  \(subscale.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(TerminalChart.sparkline(values, in: q.range(of: subscale)))")
            }
        }
        for issue in report.historyIssues {
            lines.append(Terminal.warn("  history \(issue): skipped, the other lines were kept"))
        }
        return lines.joined(separator: "\n")
    }

    private static func attachment(_ profile: AttachmentProfile, _ report: AssessmentReport) -> [String] {
        var lines = ["", "Closest prototype: \(profile.closestPrototype.displayName)"
            + (profile.prototypeIsUncertain ? " (uncertain: a band crosses the midpoint)" : "")]
        lines.append("")
        let trajectory = report.trajectory
        lines += TerminalChart.plane(trajectory, scale: report.questionnaire.scale)
        if trajectory.points.count >= 3, let first = trajectory.points.first {
            lines.append("")
            lines.append("Movement since your first result (\(day(first.date)), \(trajectory.points.count) results):")
            for change in trajectory.overall {
                let verdict = change.isReliable ? "reliable change (\(change.direction.rawValue))" : "within measurement error"
                lines.append("  \(change.subscale): \(number(change.before)) → \(number(change.after)), RCI \(String(format: "%.2f", change.index)): \(verdict)")
            }
        }
        lines.append("")
        lines.append("What the prototype cannot tell:")
        lines += profile.limits.map { "  – \($0)" }
        return lines
    }

    private static func change(_ report: AssessmentReport) -> [String] {
        guard let previous = report.previous, !report.changes.isEmpty else {
            return report.previous == nil ? ["", Terminal.dim("No earlier result of this questionnaire to compare with.")] : []
        }
        var lines = ["", "Change since \(day(previous.date)):"]
        for change in report.changes {
            let verdict: String
            switch change.direction {
            case .improved: verdict = "reliable change, in the better direction"
            case .worsened: verdict = "reliable change, in the worse direction"
            case .noReliableChange: verdict = "within measurement error"
            }
            let sign = change.delta >= 0 ? "+" : ""
            lines.append("  \(change.subscale): \(number(change.before)) → \(number(change.after)) (\(sign)\(number(change.delta)), RCI \(String(format: "%.2f", change.index))): \(verdict)")
        }
        return lines
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.2f", value)
    }

    static func day(_ date: Date) -> String {
        CalendarDay.string(from: date)
    }
}
