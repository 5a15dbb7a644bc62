import Foundation

/// Reply times per person and long silences after a complaint or a bid for attention.
struct ReplyTimeAnalyzer {
    let options: AnalysisOptions

    static let bands: [(label: String, upTo: Double?)] = [
        ("< 1 min", 60), ("1–5 min", 300), ("5–15 min", 900), ("15–60 min", 3_600), ("1–3 h", 10_800),
        ("3–12 h", 43_200), ("12–24 h", 86_400), ("> 1 day", nil),
    ]

    func summarize(names: [String], people: [Int32], times: [Double], marks: [MessageMarks]) -> TimingSummary {
        let n = people.count
        var replies = Array(repeating: [Float](), count: names.count)
        for i in 1..<max(1, n) where people[i] != people[i - 1] {
            replies[Int(people[i])].append(Float(times[i] - times[i - 1]))
        }
        var results: [ReplyTimes] = []
        var thresholds: [Double] = []
        for (p, name) in names.enumerated() {
            replies[p].sort()
            let sorted = replies[p]
            let median = Self.quantile(sorted, 0.5), p90 = Self.quantile(sorted, 0.9)
            let threshold = max(options.silenceFloorSeconds, (median ?? 0) * options.silenceMedianMultiple, p90 ?? 0)
            thresholds.append(threshold)
            var histogram = Self.bands.map { ReplyBand(label: $0.label, upToSeconds: $0.upTo, count: 0) }
            for value in sorted {
                let band = Self.bands.firstIndex { $0.upTo.map { Double(value) < $0 } ?? true } ?? Self.bands.count - 1
                histogram[band].count += 1
            }
            results.append(ReplyTimes(
                name: name, replies: sorted.count, medianSeconds: median, p25Seconds: Self.quantile(sorted, 0.25),
                p75Seconds: Self.quantile(sorted, 0.75), p90Seconds: p90, histogram: histogram,
                complaintsOrBidsReceived: 0, longSilences: 0, withdrawalReplies: 0,
                silenceThresholdSeconds: threshold, monthlyLongSilences: [:]))
            replies[p] = []
        }
        countSilences(people: people, times: times, marks: marks, thresholds: thresholds, into: &results)
        return TimingSummary(method: Self.method(options), people: results)
    }

    /// Walks the turns: when someone answers a run of messages that held a complaint or a
    /// question, measures the silence from the first such message to the answer.
    private func countSilences(
        people: [Int32], times: [Double], marks: [MessageMarks], thresholds: [Double], into results: inout [ReplyTimes]
    ) {
        let bidFlags = MessageMarks.complaint | MessageMarks.question
        var firstBid: Int?
        for i in people.indices {
            if i > 0, people[i] != people[i - 1] {
                if let bid = firstBid {
                    let responder = Int(people[i])
                    results[responder].complaintsOrBidsReceived += 1
                    if marks[i].has(.stonewalling) { results[responder].withdrawalReplies += 1 }
                    let silence = times[i] - times[bid] - CalendarPeriod.nightSeconds(from: times[bid], to: times[i])
                    if silence > thresholds[responder] {
                        results[responder].longSilences += 1
                        let month = CalendarPeriod.monthName(CalendarPeriod.month(ofDay: CalendarPeriod.day(of: times[bid])))
                        results[responder].monthlyLongSilences[month, default: 0] += 1
                    }
                }
                firstBid = nil
            }
            if firstBid == nil, marks[i].flags & bidFlags != 0 { firstBid = i }
        }
    }

    /// A quantile by linear interpolation between closest ranks, or `nil` for no values.
    static func quantile(_ sorted: [Float], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = min(sorted.count - 1, lower + 1)
        let fraction = position - Double(lower)
        return (Double(sorted[lower]) * (1 - fraction) + Double(sorted[upper]) * fraction).rounded()
    }

    static func method(_ options: AnalysisOptions) -> String {
        "A reply is a message that follows someone else's. A silence counts as long when the answer to a complaint or "
            + "a question comes later than \(Int(options.silenceMedianMultiple)) times the person's median reply time, "
            + "their 90th-percentile reply time and \(Int(options.silenceFloorSeconds / 60)) minutes, with night hours "
            + "(23:00–07:00) not counted. A withdrawal reply is an answer the engine marked as stonewalling."
    }
}
