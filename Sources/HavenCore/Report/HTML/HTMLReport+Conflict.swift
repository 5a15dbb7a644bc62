import Foundation

extension HTMLReport {
    func conflictSection() -> String {
        let c = report.conflict
        var html = "<section><h2>During conflict</h2>"
        guard c.episodes > 0 else {
            return html + "<div class=\"card\"><p>No conflict episodes: harmful signals never clustered.</p></div></section>"
        }
        html += "<div class=\"stats\">"
            + stat(ReportFormat.count(c.episodes), "conflict episodes")
            + stat(c.medianDurationSeconds.map(ReportFormat.duration) ?? "–", "median length")
            + stat(ReportFormat.percent(c.repairAttempted, of: c.episodes), "with a repair attempt")
            + stat(ReportFormat.percent(c.repairTakenUp, of: c.episodes), "with a repair answered in kind")
            + stat(ReportFormat.ratio(c.positiveToNegativeRatio), "positive : negative in conflict")
            + stat(ReportFormat.ratio(c.overallPositiveToNegativeRatio), "positive : negative overall")
            + "</div>"
        let periods = periods()
        let months = Dictionary(uniqueKeysWithValues: c.monthly.map { ($0.period, $0) })
        if periods == report.timeline.monthly, periods.count >= 3 {
            let ratios: [Double?] = periods.map { period in
                guard let month = months[period.period], month.negativeSignals > 0 else { return nil }
                return Double(month.positiveSignals) / Double(month.negativeSignals)
            }
            html += "<div class=\"card\"><h3>Positive : negative signals during conflict, by month</h3>"
                + SVGChart.lines([SVGChart.Series(name: "positive per negative", colour: "#334155", values: ratios)],
                                 periods: periods.map(\.period), width: 480, reference: (5, "about 5 : 1 (Gottman; context)"),
                                 label: "Positive to negative ratio during conflict by month")
                + "<p class=\"note\">\(e(c.ratioContext))</p></div>"
        }
        let rows: [(String, (ConflictPerson) -> Int)] = [
            ("Episodes opened", \.started), ("… with a harsh start", \.harshStartups), ("… with a gentle start", \.gentleStartups),
            ("Repairs tried", \.repairsAttempted), ("… answered in kind", \.repairsTakenUp),
            ("“We” words in conflict", \.weWords), ("“You” words in conflict", \.youWords),
        ]
        html += personTable(c.people.map(\.name), rows: rows.map { title, pick in (title, c.people.map { ReportFormat.count(pick($0)) }) })
        return html + "<p class=\"note\">Harsh: the opening message carried criticism or contempt. Gentle: it raised "
            + "the problem through feelings and needs. “We” and “you” words are counted in messages during conflict.</p></div></section>"
    }

    func episodeTimeline() -> String {
        let c = report.conflict
        guard c.episodes > 0 else { return "" }
        let periods = report.timeline.monthly.map(\.period)
        guard periods.count >= 3 else { return "" }
        let months = Dictionary(uniqueKeysWithValues: c.monthly.map { ($0.period, $0) })
        func values(_ pick: (ConflictMonth) -> Int) -> [Double?] { periods.map { months[$0].map { Double(pick($0)) } ?? 0 } }
        let series = [
            SVGChart.Series(name: "repair answered in kind", colour: "#10b981", values: values(\.repairTakenUp)),
            SVGChart.Series(name: "repair tried, not answered", colour: "#f59e0b", values: values(\.repairNotTakenUp)),
            SVGChart.Series(name: "no repair", colour: "#94a3b8",
                            values: values { $0.episodes - $0.repairTakenUp - $0.repairNotTakenUp }),
        ]
        var html = "<section><h2>Episode timeline</h2><div class=\"card\"><h3>Conflict episodes per month</h3>"
            + "<p class=\"legend\">" + series.map { "<span><i class=\"swatch\" style=\"background:\($0.colour)\"></i>\(e($0.name))</span>" }.joined() + "</p>"
            + SVGChart.stackedBars(series, periods: periods, label: "Conflict episodes per month")
            + "</div>"
        let longest = c.list.sorted { $0.negativeSignals != $1.negativeSignals ? $0.negativeSignals > $1.negativeSignals : $0.start < $1.start }.prefix(8)
        html += "<div class=\"card scroll\"><h3>The most intense episodes</h3><table><tr><th>Day</th><th class=\"wrap\">Opened by</th>"
            + "<th>Length</th><th>Harmful</th><th>Repair</th></tr>"
        for episode in longest.sorted(by: { $0.start < $1.start }) {
            let repair = episode.repairTakenUp ? "answered" : (episode.firstRepairBy != nil ? "tried" : "none")
            html += "<tr><td>\(ReportFormat.day(episode.start))</td><td class=\"wrap\">\(e(episode.startedBy))<br><span class=\"meta\">\(episode.startup) start</span></td>"
                + "<td>\(ReportFormat.duration(episode.durationSeconds))</td><td>\(episode.negativeSignals)</td><td>\(repair)</td></tr>"
        }
        return html + "</table><p class=\"note\">Harmful: signals that wear safety down, in \(ReportFormat.count(c.episodes)) "
            + "episodes the eight with the most. Length runs from the opening message to the last.</p></div></section>"
    }

    func replyTimes() -> String {
        let people = report.timing.people
        guard people.contains(where: { $0.replies > 0 }) else { return "" }
        let categories = people.first?.histogram.map(\.label) ?? []
        let series = people.enumerated().map { index, person in
            SVGChart.Series(name: person.name, colour: colour(index), values: person.histogram.map {
                person.replies > 0 ? Double($0.count) / Double(person.replies) : 0
            })
        }
        var html = "<section><h2>Reply times and silences</h2><div class=\"card\"><h3>How long each person takes to reply</h3>"
            + legend() + SVGChart.groupedBars(series, categories: categories, label: "Reply time distribution per person")
            + "</div>"
        let rows: [(String, [String])] = [
            ("Median reply", people.map { $0.medianSeconds.map(ReportFormat.duration) ?? "–" }),
            ("90 % of replies within", people.map { $0.p90Seconds.map(ReportFormat.duration) ?? "–" }),
            ("Complaints or questions received", people.map { ReportFormat.count($0.complaintsOrBidsReceived) }),
            ("Long silences after them", people.map { ReportFormat.count($0.longSilences) }),
            ("… counted as long after", people.map { ReportFormat.duration($0.silenceThresholdSeconds) }),
            ("Withdrawal replies", people.map { ReportFormat.count($0.withdrawalReplies) }),
        ]
        html += personTable(people.map(\.name), rows: rows)
        return html + "<p class=\"note\">\(e(report.timing.method))</p></div></section>"
    }

    /// A card with a table: one row per measure, one column per person.
    func personTable(_ names: [String], rows: [(String, [String])]) -> String {
        "<div class=\"card scroll\"><table><tr><th></th>" + names.map { "<th>\(e($0))</th>" }.joined() + "</tr>"
            + rows.map { title, values in "<tr><td class=\"wrap\">\(e(title))</td>" + values.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }.joined()
            + "</table>"
    }

    private func stat(_ value: String, _ caption: String) -> String {
        "<div class=\"stat\"><b>\(e(value))</b><span>\(e(caption))</span></div>"
    }
}
