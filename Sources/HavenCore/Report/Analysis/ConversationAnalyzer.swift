import Foundation

/// Turns a conversation into an ``AnalysisReport``: every message read by the signal engine
/// with the turns before it, then rates, examples, conflict episodes, reply times and trends.
///
/// Lean by design: per message it keeps five bytes of marks, never the engine's full result, so
/// a million messages fit in a few megabytes beyond the conversation itself. The engine pass
/// runs in parallel chunks; the report does not depend on the number of threads.
public struct ConversationAnalyzer: Sendable {
    /// The signal engine that reads each message.
    public let engine: SignalEngine
    /// The thresholds used.
    public let options: AnalysisOptions

    /// Creates an analyzer.
    ///
    /// - Parameters:
    ///   - engine: The signal engine (share one; it is immutable).
    ///   - options: The thresholds; the defaults are what `haven analyze` reports with.
    public init(engine: SignalEngine, options: AnalysisOptions = AnalysisOptions()) {
        self.engine = engine
        self.options = options
    }

    /// Analyses a conversation.
    ///
    /// - Parameters:
    ///   - conversation: The imported chat.
    ///   - progress: Called now and then from any thread with the share of messages read, 0…1.
    /// - Returns: The report; an empty one (with ``AnalysisReport/emptyReason``) when nobody wrote a message.
    public func analyze(_ conversation: Conversation, progress: (@Sendable (Double) -> Void)? = nil) -> AnalysisReport {
        let messages = conversation.messages
        let (names, people, folded) = Self.foldQuietParticipants(
            conversation.participants, indices: Self.personIndices(messages, names: conversation.participants),
            limit: options.maximumParticipants)
        let pass = SignalPass(engine: engine, examplesPerLabel: options.examplesPerLabel, chunkSize: options.chunkSize)
            .run(messages, people: people, peopleCount: names.count, progress: progress)
        let marks = pass.marks
        let times = messages.map { $0.timestamp.timeIntervalSince1970 }

        var weeks = PeriodAccumulator(people: names.count), months = PeriodAccumulator(people: names.count)
        let labelCount = SignalLabel.allCases.count
        var totals = Array(repeating: 0, count: names.count * labelCount)
        var counts = Array(repeating: 0, count: names.count), unread = Array(repeating: 0, count: names.count)
        var positive = 0, negative = 0
        var lastDay = Int.min, week = 0, month = 0
        for i in messages.indices {
            let p = Int(people[i]), mark = marks[i]
            let day = CalendarPeriod.day(of: times[i])
            if day != lastDay {
                lastDay = day
                week = CalendarPeriod.weekStart(ofDay: day)
                month = CalendarPeriod.month(ofDay: day)
            }
            weeks.add(key: week, person: p, marks: mark)
            months.add(key: month, person: p, marks: mark)
            counts[p] += 1
            if mark.has(flag: MessageMarks.unread) { unread[p] += 1 }
            var bits = mark.labels
            while bits != 0 {
                totals[p * labelCount + bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
            positive += mark.positiveCount
            negative += mark.harmfulCount
        }

        let participants = names.enumerated().map { p, name in
            ParticipantSummary(name: name, counts: SignalCounts(
                messages: counts[p], unreadMessages: unread[p], labelCounts: Array(totals[(p * labelCount)..<((p + 1) * labelCount)])))
        }
        let coupleLabels = (0..<labelCount).map { l in names.indices.reduce(0) { $0 + totals[$1 * labelCount + l] } }
        let couple = SignalCounts(messages: messages.count, unreadMessages: unread.reduce(0, +), labelCounts: coupleLabels)
        let timeline = Timeline(
            weekly: weeks.summaries(names: names, period: CalendarPeriod.dayName, startDay: { $0 }),
            monthly: months.summaries(names: names, period: CalendarPeriod.monthName, startDay: CalendarPeriod.firstDay(ofMonth:)))
        let conflict = ConflictAnalyzer(options: options).summarize(
            names: names, people: people, times: times, marks: marks, overallRatio: ConflictAnalyzer.ratio(positive, negative))
        let timing = ReplyTimeAnalyzer(options: options).summarize(names: names, people: people, times: times, marks: marks)
        let trends = TrendAnalyzer(options: options).trends(names: names, months: months.buckets)

        return AnalysisReport(
            schemaVersion: AnalysisReport.currentSchemaVersion, generator: "haven \(HavenVersion.current)",
            format: conversation.format.rawValue, messages: messages.count, events: conversation.events.count,
            unparsedLines: conversation.unparsedLineCount, firstMessage: messages.first?.timestamp,
            lastMessage: messages.last?.timestamp, emptyReason: conversation.emptyReason, redacted: false,
            warnings: conversation.warnings.map(\.description), participants: participants, couple: couple,
            timeline: timeline, examples: examples(pass.examples, names: names, messages: messages),
            conflict: conflict, timing: timing, trends: trends, privacy: ReportTexts.privacy,
            limits: ReportTexts.limits(messages: messages.count, unread: couple.unreadMessages, foldedPeople: folded))
    }

    /// Keeps the `limit` people who wrote most (ties: first in `names`) as they are and counts
    /// everyone else as one more person, named ``ReportTexts/everyoneElse(_:)``.
    ///
    /// - Returns: the names in the original order with the folded bucket last, each message's
    ///   index into them, and how many people were folded (0 when there are no more than `limit`).
    static func foldQuietParticipants(_ names: [String], indices: [Int32], limit: Int)
        -> (names: [String], people: [Int32], folded: Int)
    {
        guard names.count > max(limit, 1) else { return (names, indices, 0) }
        var written = Array(repeating: 0, count: names.count)
        for p in indices { written[Int(p)] += 1 }
        let kept = Set(names.indices.sorted { (written[$0], $1) > (written[$1], $0) }.prefix(max(limit, 1)))
        var newIndex = Array(repeating: Int32(0), count: names.count)
        var keptNames: [String] = []
        for p in names.indices where kept.contains(p) {
            newIndex[p] = Int32(keptNames.count)
            keptNames.append(names[p])
        }
        let folded = names.count - keptNames.count
        let bucket = Int32(keptNames.count)
        for p in names.indices where !kept.contains(p) { newIndex[p] = bucket }
        return (keptNames + [ReportTexts.everyoneElse(folded)], indices.map { newIndex[Int($0)] }, folded)
    }

    /// Each message's sender as an index into `names`.
    static func personIndices(_ messages: [ChatMessage], names: [String]) -> [Int32] {
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        var result = [Int32](repeating: 0, count: messages.count)
        var lastName: String?, last: Int32 = 0
        for (i, message) in messages.enumerated() {
            if message.sender != lastName {
                lastName = message.sender
                last = index[message.sender] ?? 0
            }
            result[i] = last
        }
        return result
    }

    private func examples(_ collector: ExampleCollector, names: [String], messages: [ChatMessage]) -> [SignalExample] {
        var result: [SignalExample] = []
        for (p, name) in names.enumerated() {
            for (l, label) in SignalLabel.allCases.enumerated() {
                for candidate in collector.slots[p * SignalLabel.allCases.count + l] {
                    let message = messages[candidate.messageIndex]
                    let finding = candidate.finding
                    let (text, evidence) = Self.clip(message.text, evidence: finding.evidence)
                    result.append(SignalExample(
                        label: label.rawValue, name: name, timestamp: message.timestamp, text: text, evidence: evidence,
                        score: finding.score, explanation: finding.explanation, antidote: finding.antidote))
                }
            }
        }
        return result
    }

    /// Cuts a long message to ``SignalExample/textLimit`` scalars around its first evidence.
    static func clip(_ text: String, evidence: [Evidence]) -> (String, [Evidence]) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > SignalExample.textLimit else { return (text, evidence) }
        let anchor = evidence.first?.start ?? 0
        let from = max(0, min(anchor - 80, scalars.count - SignalExample.textLimit))
        let to = min(scalars.count, from + SignalExample.textLimit)
        var clipped = String(String.UnicodeScalarView(scalars[from..<to]))
        var shift = from
        if from > 0 { clipped = "…" + clipped; shift -= 1 }
        if to < scalars.count { clipped += "…" }
        let kept = evidence.filter { $0.start >= from && $0.end <= to }
            .map { Evidence(start: $0.start - shift, end: $0.end - shift, text: $0.text) }
        return (clipped, kept)
    }
}
