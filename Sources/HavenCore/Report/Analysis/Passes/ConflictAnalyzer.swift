import Foundation

/// Describes the conflict episodes of a conversation: who opened them and how, how long they
/// lasted, whether a repair was attempted and answered, and the balance of signals inside them.
struct ConflictAnalyzer {
    let options: AnalysisOptions

    static let ratioContext = "In John Gottman's observations of couples talking through a disagreement, stable couples "
        + "showed about five positive interactions for every negative one. It is context from face-to-face studies, "
        + "not a target for a chat and not a grade."

    func summarize(
        names: [String], people: [Int32], times: [Double], marks: [MessageMarks], overallRatio: Double?
    ) -> ConflictSummary {
        let spans = EpisodeDetector(options: options).spans(times: times, marks: marks)
        var summary = ConflictSummary.empty(method: method, ratioContext: Self.ratioContext)
        summary.overallPositiveToNegativeRatio = overallRatio
        summary.people = names.map {
            ConflictPerson(name: $0, started: 0, harshStartups: 0, gentleStartups: 0, repairsAttempted: 0, repairsTakenUp: 0,
                           negativeSignals: 0, positiveSignals: 0, weWords: 0, youWords: 0)
        }
        var episodes: [(episode: ConflictEpisode, harmful: Int, index: Int)] = []
        var months: [String: ConflictMonth] = [:]
        var durations: [Double] = []
        for (index, span) in spans.enumerated() {
            let episode = describe(span, names: names, people: people, times: times, marks: marks, summary: &summary)
            episodes.append((episode, episode.negativeSignals, index))
            durations.append(episode.durationSeconds)
            let month = CalendarPeriod.monthName(CalendarPeriod.month(ofDay: CalendarPeriod.day(of: times[span.start])))
            var entry = months[month] ?? ConflictMonth(
                period: month, episodes: 0, repairTakenUp: 0, repairNotTakenUp: 0, positiveSignals: 0, negativeSignals: 0)
            entry.episodes += 1
            if episode.repairTakenUp { entry.repairTakenUp += 1 } else if episode.firstRepairBy != nil { entry.repairNotTakenUp += 1 }
            entry.positiveSignals += episode.positiveSignals
            entry.negativeSignals += episode.negativeSignals
            months[month] = entry
        }
        summary.episodes = spans.count
        summary.monthly = months.values.sorted { $0.period < $1.period }
        durations.sort()
        summary.medianDurationSeconds = durations.isEmpty ? nil : durations[durations.count / 2]
        summary.positiveToNegativeRatio = Self.ratio(summary.positiveSignals, summary.negativeSignals)
        summary.list = episodes
            .sorted { $0.harmful != $1.harmful ? $0.harmful > $1.harmful : $0.index < $1.index }
            .prefix(ConflictSummary.listLimit)
            .sorted { $0.index < $1.index }
            .map(\.episode)
        return summary
    }

    private func describe(
        _ span: Span, names: [String], people: [Int32], times: [Double], marks: [MessageMarks], summary: inout ConflictSummary
    ) -> ConflictEpisode {
        let opener = marks[span.start], starter = Int(people[span.start])
        let startup = opener.labels & MessageMarks.harshMask != 0 ? "harsh" : (opener.has(.gentleStartup) ? "gentle" : "neutral")
        summary.people[starter].started += 1
        if startup == "harsh" { summary.people[starter].harshStartups += 1 }
        if startup == "gentle" { summary.people[starter].gentleStartups += 1 }
        var negative = 0, positive = 0
        var attempted = Array(repeating: false, count: names.count)
        var pending = Array(repeating: false, count: names.count)
        var takenUp = Array(repeating: false, count: names.count)
        var firstRepair: Int?
        for i in span.start...span.end {
            let p = Int(people[i]), mark = marks[i]
            if mark.labels & MessageMarks.repairAnswerMask != 0 {
                for q in pending.indices where q != p && pending[q] { takenUp[q] = true; pending[q] = false }
            }
            if mark.has(.repair) {
                attempted[p] = true
                pending[p] = true
                if firstRepair == nil { firstRepair = p }
            }
            negative += mark.harmfulCount
            positive += mark.positiveCount
            summary.people[p].negativeSignals += mark.harmfulCount
            summary.people[p].positiveSignals += mark.positiveCount
            summary.people[p].weWords += Int(mark.weWords)
            summary.people[p].youWords += Int(mark.youWords)
        }
        for p in names.indices where attempted[p] {
            summary.people[p].repairsAttempted += 1
            if takenUp[p] { summary.people[p].repairsTakenUp += 1 }
        }
        let wasTakenUp = takenUp.contains(true)
        if firstRepair != nil { summary.repairAttempted += 1 }
        if wasTakenUp { summary.repairTakenUp += 1 }
        summary.messagesInEpisodes += span.end - span.start + 1
        summary.positiveSignals += positive
        summary.negativeSignals += negative
        return ConflictEpisode(
            start: Date(timeIntervalSince1970: times[span.start]), end: Date(timeIntervalSince1970: times[span.end]),
            durationSeconds: times[span.end] - times[span.start], messages: span.end - span.start + 1,
            startedBy: names[starter], startup: startup, negativeSignals: negative, positiveSignals: positive,
            firstRepairBy: firstRepair.map { names[$0] }, repairTakenUp: wasTakenUp)
    }

    typealias Span = EpisodeDetector.Span

    /// Positive per negative, rounded to two decimals, or `nil` without negatives.
    static func ratio(_ positive: Int, _ negative: Int) -> Double? {
        negative > 0 ? (Double(positive) / Double(negative) * 100).rounded() / 100 : nil
    }

    private var method: String {
        "An episode is a stretch where messages with harmful signals (the four horsemen, past-dwelling, "
            + "overgeneralization, self-silencing, incongruence) follow each other within \(options.episodeGapMessages) "
            + "messages and \(Int(options.episodeGapSeconds / 60)) minutes, with at least \(options.episodeMinimumHarmful) "
            + "such messages. Its opening is the complaint or gentle start-up just before it, if any. A repair counts as "
            + "taken up when the other person answers it with a repair, validation or appreciation within the episode."
    }
}
