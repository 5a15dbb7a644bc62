import Foundation
import HavenCore

/// The terminal summary of an analysis report (colour only when asked for, i.e. on a TTY).
struct AnalysisText {
    let report: AnalysisReport
    let colour: Bool

    func render() -> String {
        var lines = header()
        if let reason = report.emptyReason {
            lines += ["", "Nothing to analyse: \(reason).", "", dim(report.privacy)]
            return lines.joined(separator: "\n")
        }
        lines += [""] + rates() + [""] + conflict() + [""] + timing() + [""] + trends() + [""] + examples()
        lines += ["", bold("What these numbers can and cannot tell")] + report.limits.map { "  • " + $0 }
        lines += ["", dim(report.privacy)]
        return lines.joined(separator: "\n")
    }

    private func header() -> [String] {
        var period = ""
        if let first = report.firstMessage, let last = report.lastMessage {
            period = ", \(ReportFormat.day(first)) – \(ReportFormat.day(last))"
        }
        var lines = [
            bold("Haven chat report") + " (\(report.format)\(period))",
            "\(ReportFormat.count(report.messages)) messages, \(ReportFormat.count(report.events)) events, "
                + "\(ReportFormat.count(report.unparsedLines)) lines not understood"
                + (report.redacted ? "; names, numbers and links redacted" : ""),
        ]
        lines += report.warnings.map { style("Warning: " + $0, "33") }
        if report.peopleCount > 2 {
            lines.append("This chat has \(report.peopleCount) people; --between A B narrows it to two.")
        }
        return lines
    }

    private func rates() -> [String] {
        let people = report.participants.prefix(6)
        let columns = people.map { String($0.name.prefix(14)) } + (people.count > 1 ? ["together"] : [])
        var lines = [bold("Per 100 messages") + "      " + columns.map { pad($0, 14) }.joined()]
        lines.append(pad("messages", 22) + people.map { pad(ReportFormat.count($0.messages), 14) }.joined()
            + (people.count > 1 ? pad(ReportFormat.count(report.couple.messages), 14) : ""))
        for label in SignalLabel.allCases {
            let values = people.map { $0.ratesPer100[label.rawValue] ?? 0 } + (people.count > 1 ? [report.couple.rate(label)] : [])
            let name = ReportFormat.signalName(label.rawValue)
            let row = pad(name, 22) + values.map { pad(ReportFormat.rate($0), 14) }.joined()
            lines.append(label.isHarmful && values.contains { $0 > 0 } ? style(row, "31") : row)
        }
        return lines
    }

    private func conflict() -> [String] {
        let c = report.conflict
        guard c.episodes > 0 else { return [bold("Conflict episodes"), "  None found: harmful signals never clustered."] }
        var lines = [
            bold("Conflict episodes") + ": \(ReportFormat.count(c.episodes)), median length "
                + (c.medianDurationSeconds.map(ReportFormat.duration) ?? "–"),
            "  Repair attempted in \(ReportFormat.count(c.repairAttempted)) (\(ReportFormat.percent(c.repairAttempted, of: c.episodes))), "
                + "answered in kind in \(ReportFormat.count(c.repairTakenUp)) (\(ReportFormat.percent(c.repairTakenUp, of: c.episodes))).",
            "  Positive : negative signals during conflict \(ReportFormat.ratio(c.positiveToNegativeRatio)) "
                + "(all messages \(ReportFormat.ratio(c.overallPositiveToNegativeRatio))).",
            dim("  " + c.ratioContext),
        ]
        for person in c.people {
            let n = ReportFormat.count
            lines.append("  \(person.name): opened \(n(person.started)) (harsh \(n(person.harshStartups)), gentle \(n(person.gentleStartups))); "
                + "repairs \(n(person.repairsAttempted)), answered \(n(person.repairsTakenUp)); "
                + "during conflict “we” words \(n(person.weWords)), “you” words \(n(person.youWords))")
        }
        return lines
    }

    private func timing() -> [String] {
        var lines = [bold("Reply times and silences")]
        for person in report.timing.people {
            let median = person.medianSeconds.map(ReportFormat.duration) ?? "–"
            let p90 = person.p90Seconds.map(ReportFormat.duration) ?? "–"
            lines.append("  \(person.name): median reply \(median) (90 % within \(p90)); after \(ReportFormat.count(person.complaintsOrBidsReceived)) "
                + "complaints or questions: \(ReportFormat.count(person.longSilences)) long silences "
                + "(> \(ReportFormat.duration(person.silenceThresholdSeconds))), \(ReportFormat.count(person.withdrawalReplies)) withdrawal replies")
        }
        return lines
    }

    private func trends() -> [String] {
        let tested = report.trends.filter { $0.direction != "not enough data" }
        guard !tested.isEmpty else { return [bold("Trends"), "  Not enough months of data for a trend test."] }
        let moving = tested.filter { $0.direction == "rising" || $0.direction == "falling" }
        var lines = [bold("Trends") + " (Mann-Kendall on monthly rates, adjusted for \(tested.count) tests)"]
        for trend in moving {
            let p = (trend.adjustedPValue ?? 1) < 0.001 ? "p < 0.001" : String(format: "p = %.3f", trend.adjustedPValue ?? 1)
            let slope = trend.slopePer100PerMonth.map(ReportFormat.yearlySlope) ?? "?"
            let interval = [trend.slopeLower, trend.slopeUpper].map { $0.map(ReportFormat.yearlySlope) ?? "?" }
            lines.append("  " + pad(trend.scope == "couple" ? "together" : String(trend.scope.prefix(14)), 15)
                + pad(ReportFormat.signalName(trend.label), 21) + pad(trend.direction, 8)
                + "\(slope) per 100 a year (\(interval[0]) to \(interval[1])), \(p)")
        }
        lines.append("  No clear change: \(tested.count - moving.count) of \(tested.count) signal series.")
        return lines
    }

    private func examples() -> [String] {
        var lines = [bold("Clearest examples")]
        var seen = Set<String>()
        for example in report.examples.sorted(by: { $0.score > $1.score }) where seen.insert(example.label).inserted {
            lines.append("  \(ReportFormat.signalName(example.label)) · \(example.name) · \(ReportFormat.day(example.timestamp))")
            lines.append("    " + marked(example))
        }
        return lines.count > 1 ? lines : lines + ["  None."]
    }

    /// The message with its evidence bold (on a TTY) or between «guillemets».
    private func marked(_ example: SignalExample) -> String {
        let scalars = Array(example.text.unicodeScalars)
        var result = "", position = 0
        for span in example.evidence where span.start >= position && span.end <= scalars.count {
            result += String(String.UnicodeScalarView(scalars[position..<span.start]))
            let words = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            result += colour ? "\u{1B}[1;4m\(words)\u{1B}[0m" : "«\(words)»"
            position = span.end
        }
        result += String(String.UnicodeScalarView(scalars[position...]))
        return result.replacingOccurrences(of: "\n", with: " ")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func style(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { style(text, "1") }
    private func dim(_ text: String) -> String { style(text, "2") }
}
