import Foundation

extension HTMLReport {
    static let harmful: [SignalLabel] = SignalLabel.allCases.filter(\.isHarmful)
    static let building: [SignalLabel] = [.repair, .gentleStartup, .appreciation, .validation, .weTalk]
    static let overTime: [SignalLabel] = [.criticism, .contempt, .defensiveness, .stonewalling, .repair, .appreciation, .validation, .weTalk]

    func overview() -> String {
        let people = report.participants
        let together = people.count > 1
        var html = "<section><h2>At a glance</h2><p class=\"note\">Messages carrying each signal, per 100 messages.</p>"
            + "<div class=\"card scroll\"><table><tr><th></th>"
            + people.map { "<th>\(e($0.name))</th>" }.joined() + (together ? "<th>Together</th>" : "") + "</tr>"
        html += "<tr><td>Messages</td>" + people.map { "<td>\(ReportFormat.count($0.messages))</td>" }.joined()
            + (together ? "<td>\(ReportFormat.count(report.couple.messages))</td>" : "") + "</tr>"
        let groups: [(String, [SignalLabel])] = [
            ("Wear safety down", Self.harmful), ("Build safety", Self.building), ("Other", [.reassurance]),
        ]
        for (title, labels) in groups {
            html += "<tr class=\"group\"><td colspan=\"\(people.count + (together ? 2 : 1))\">\(title)</td></tr>"
            for label in labels {
                html += "<tr><td>\(e(ReportFormat.signalName(label.rawValue)))</td>"
                    + people.map { "<td title=\"\($0.signals[label.rawValue] ?? 0) messages\">\(ReportFormat.rate($0.ratesPer100[label.rawValue] ?? 0))</td>" }.joined()
                    + (together ? "<td>\(ReportFormat.rate(report.couple.rate(label)))</td>" : "") + "</tr>"
            }
        }
        return html + "</table></div></section>"
    }

    /// Monthly periods, or weekly ones when the chat spans fewer than three months.
    func periods() -> [PeriodSummary] {
        report.timeline.monthly.count >= 3 || report.timeline.weekly.count < 3 ? report.timeline.monthly : report.timeline.weekly
    }

    /// One line per person: their rate of a label per period (gaps where they wrote fewer than 5 messages).
    func personSeries(_ label: SignalLabel, periods: [PeriodSummary]) -> [SVGChart.Series] {
        report.participants.indices.map { p in
            SVGChart.Series(name: report.participants[p].name, colour: colour(p), values: periods.map { period in
                guard p < period.people.count, period.people[p].counts.messages >= 5 else { return nil }
                return period.people[p].counts.rate(label)
            })
        }
    }

    /// A note in place of charts over time when the chat is too short for them.
    func tooShortForCharts(_ title: String) -> String? {
        guard periods().count < 3 else { return nil }
        return "<section><h2>\(title)</h2><div class=\"card\"><p class=\"note\">The chat spans fewer than three weeks; "
            + "charts over time need more.</p></div></section>"
    }

    func signalsOverTime() -> String {
        if let note = tooShortForCharts("Signals over time") { return note }
        let periods = periods()
        let names = periods.map(\.period)
        var html = "<section><h2>Signals over time</h2><p class=\"note\">Per 100 of each person's messages, by "
            + (periods == report.timeline.monthly ? "month" : "week") + ".</p>" + legend() + "<div class=\"cards\">"
        for label in Self.overTime {
            html += "<div class=\"card\"><h3>\(e(ReportFormat.signalName(label.rawValue).capitalizedFirst))</h3>"
                + SVGChart.lines(personSeries(label, periods: periods), periods: names, width: 360, height: 190,
                                 label: "\(label.rawValue) per 100 messages over time")
                + trendNote(label) + "</div>"
        }
        return html + "</div></section>"
    }

    func reassuranceAndPast() -> String {
        if let note = tooShortForCharts("Reassurance seeking and the past") { return note }
        let periods = periods()
        var html = "<section><h2>Reassurance seeking and the past</h2><p class=\"note\">Asking whether things are "
            + "all right between you, and bringing old grievances into today, per 100 messages.</p><div class=\"cards\">"
        for label in [SignalLabel.reassurance, .pastDwelling] {
            html += "<div class=\"card\"><h3>\(e(ReportFormat.signalName(label.rawValue).capitalizedFirst))</h3>"
                + SVGChart.lines(personSeries(label, periods: periods), periods: periods.map(\.period), width: 360, height: 190,
                                 label: "\(label.rawValue) per 100 messages over time")
                + trendNote(label) + "</div>"
        }
        return html + "</div></section>"
    }

    /// The couple-level trend sentence for a label.
    func trendNote(_ label: SignalLabel) -> String {
        guard let trend = report.trends.first(where: { $0.label == label.rawValue && $0.scope == "couple" }) else { return "" }
        let p = trend.adjustedPValue.map { $0 < 0.001 ? "< 0.001" : String(format: "%.2f", $0) } ?? "–"
        let text: String
        switch trend.direction {
        case "rising", "falling":
            let slope = trend.slopePer100PerMonth.map(ReportFormat.yearlySlope) ?? "?"
            let interval = [trend.slopeLower, trend.slopeUpper].map { $0.map(ReportFormat.yearlySlope) ?? "?" }
            text = "\(trend.direction.capitalizedFirst) together: \(slope) per 100 messages a year "
                + "(95 % interval \(interval[0]) to \(interval[1]); adjusted p \(p))."
        case "no clear change":
            text = "No clear change together over \(trend.months) months (adjusted p \(p))."
        default:
            text = "Too few months for a trend test."
        }
        return "<p class=\"note\">\(e(text))</p>"
    }

    func examplesSection() -> String {
        guard !report.examples.isEmpty else { return "" }
        var html = "<section><h2>Clearest examples</h2><p class=\"note\">The messages the engine was most sure about, "
            + "with the words it read <mark>marked</mark>. Read them together: you know what was meant.</p>"
        for label in SignalLabel.allCases {
            let examples = report.participants.compactMap { person in
                report.examples.first { $0.label == label.rawValue && $0.name == person.name }
            }
            guard let first = examples.first else { continue }
            html += "<div class=\"card\"><h3>\(e(ReportFormat.signalName(label.rawValue).capitalizedFirst))</h3>"
            for example in examples {
                html += "<p class=\"meta\">\(e(example.name)) · \(ReportFormat.dayAndTime(example.timestamp))</p>"
                    + "<blockquote>\(marked(example))</blockquote>"
            }
            html += "<p class=\"note\">\(e(SignalTexts.summary(for: label).capitalizedFirst))"
                + (first.antidote.map { " <b>Instead:</b> " + e($0) } ?? "") + "</p></div>"
        }
        return html + "</section>"
    }

    /// The example's text with its evidence in `<mark>`.
    func marked(_ example: SignalExample) -> String {
        let scalars = Array(example.text.unicodeScalars)
        var html = "", position = 0
        func piece(_ range: Range<Int>) -> String { e(String(String.UnicodeScalarView(scalars[range]))) }
        for span in example.evidence where span.start >= position && span.end <= scalars.count && span.start < span.end {
            html += piece(position..<span.start) + "<mark>" + piece(span.start..<span.end) + "</mark>"
            position = span.end
        }
        return (html + piece(position..<scalars.count)).replacingOccurrences(of: "\n", with: "<br>")
    }

    func trendsSection() -> String {
        let tested = report.trends.filter { $0.direction != "not enough data" }
        var html = "<section><h2>Trends</h2>"
        guard !tested.isEmpty else {
            return html + "<div class=\"card\"><p>Not enough months for a trend test: it needs at least "
                + "\(MannKendall.minimumCount) months with enough messages.</p></div></section>"
        }
        html += "<p class=\"note\">Mann-Kendall test on monthly rates, p-values adjusted (Holm) for the \(tested.count) tests; "
            + "slope = change per 100 messages per year, with its 95 % interval.</p><div class=\"card scroll\"><table>"
            + "<tr><th>Signal</th><th>Whose</th><th>Direction</th><th>Slope</th><th>95 % interval</th><th>p (adj.)</th></tr>"
        for trend in tested.sorted(by: { ($0.adjustedPValue ?? 1) < ($1.adjustedPValue ?? 1) }).prefix(30) {
            html += "<tr><td>\(e(ReportFormat.signalName(trend.label)))</td><td>\(e(trend.scope == "couple" ? "together" : trend.scope))</td>"
                + "<td>\(e(trend.direction))</td><td>\(number(trend.slopePer100PerMonth))</td>"
                + "<td>\(number(trend.slopeLower)) to \(number(trend.slopeUpper))</td><td>\(pValue(trend.adjustedPValue))</td></tr>"
        }
        return html + "</table></div></section>"
    }

    private func number(_ value: Double?) -> String { value.map(ReportFormat.yearlySlope) ?? "–" }
    private func pValue(_ value: Double?) -> String {
        guard let value else { return "–" }
        return value < 0.001 ? "&lt; 0.001" : String(format: "%.3f", value)
    }
}
