import Foundation
import Testing
@testable import HavenCore

/// Reply-time distributions and silences after complaints or bids.
@Suite("Report: reply times and stonewalling from timing")
struct ReplyTimeTests {
    let analyzer = ReplyTimeAnalyzer(options: AnalysisOptions())
    let day = 20_000.0 * 86_400  // a midnight

    /// Ana and Leo alternate with one-minute replies from 09:00, then `extra` follows.
    func chat(_ extra: [(Double, Int32, MessageMarks)]) -> (people: [Int32], times: [Double], marks: [MessageMarks]) {
        var lines: [(Double, Int32, MessageMarks)] = (0..<40).map { (day + 9 * 3_600 + Double($0) * 60, Int32($0 % 2), MessageMarks()) }
        lines += extra
        return (lines.map(\.1), lines.map(\.0), lines.map(\.2))
    }

    @Test func aComplaintFollowedByHoursOfDaytimeSilenceCounts() throws {
        let complaint = ReportFixtures.marks(flags: MessageMarks.complaint)
        let c = chat([(day + 12 * 3_600, 0, complaint), (day + 17 * 3_600, 1, MessageMarks())])
        let timing = analyzer.summarize(names: ["Ana", "Leo"], people: c.people, times: c.times, marks: c.marks)
        let leo = timing.people[1]
        #expect(leo.medianSeconds == 60)
        #expect(leo.complaintsOrBidsReceived == 1)
        #expect(leo.longSilences == 1)
        #expect(leo.silenceThresholdSeconds == 3_600)
        #expect(timing.people[0].longSilences == 0)
    }

    @Test func nightHoursAreNotCountedAsSilence() {
        let complaint = ReportFixtures.marks(flags: MessageMarks.complaint)
        let c = chat([(day + 22.5 * 3_600, 0, complaint), (day + 86_400 + 7.5 * 3_600, 1, MessageMarks())])
        let timing = analyzer.summarize(names: ["Ana", "Leo"], people: c.people, times: c.times, marks: c.marks)
        #expect(timing.people[1].longSilences == 0)  // 9 h, of which 8 at night
    }

    @Test func aQuickWithdrawalPhraseIsAWithdrawalReplyNotASilence() {
        let question = ReportFixtures.marks(flags: MessageMarks.question)
        let c = chat([(day + 12 * 3_600, 0, question), (day + 12 * 3_600 + 30, 1, ReportFixtures.marks([.stonewalling]))])
        let timing = analyzer.summarize(names: ["Ana", "Leo"], people: c.people, times: c.times, marks: c.marks)
        #expect(timing.people[1].withdrawalReplies == 1)
        #expect(timing.people[1].longSilences == 0)
    }

    @Test func theHistogramHoldsEveryReply() {
        let c = chat([])
        let timing = analyzer.summarize(names: ["Ana", "Leo"], people: c.people, times: c.times, marks: c.marks)
        for person in timing.people {
            #expect(person.histogram.reduce(0) { $0 + $1.count } == person.replies)
            #expect(person.histogram[1].count == person.replies)  // every reply took exactly one minute
        }
    }

    static let nights: [[Double]] = [[0, 3_600], [81_000, 1_800], [84_600, 3_600], [79_200, 0], [21_600, 3_600], [43_200, 0]]

    @Test(arguments: nights)
    func nightSecondsCountOnlyTheNight(_ pair: [Double]) {
        let start = day + pair[0]
        #expect(CalendarPeriod.nightSeconds(from: start, to: start + 3_600) == pair[1])
    }

    @Test("Long spans count a full night per whole day, as walking them day by day does")
    func nightSecondsOfLongSpans() {
        // Walking every day, as the count did before whole days were counted at once.
        func walked(_ start: Double, _ end: Double) -> Double {
            var total = 0.0
            var d = CalendarPeriod.day(of: start) - 1
            while Double(d) * 86_400 < end {
                let nightStart = Double(d) * 86_400 + 23 * 3_600
                total += max(0, min(end, nightStart + 8 * 3_600) - max(start, nightStart))
                d += 1
            }
            return total
        }
        let spans: [(offset: Double, length: Double)] = [
            (0, 259_200), (5_000, 907_200), (80_000, 34_567_000), (43_200, 190_080),
        ]
        for (offset, length) in spans {
            let start = day + offset
            #expect(abs(CalendarPeriod.nightSeconds(from: start, to: start + length) - walked(start, start + length)) < 1e-6)
        }
        // Two centuries apart: a third of the span, at once.
        let centuries = 200 * 365.25 * 86_400
        #expect(abs(CalendarPeriod.nightSeconds(from: 0, to: centuries) - centuries / 3) < 86_400)
        #expect(CalendarPeriod.nightSeconds(from: 0, to: 1e30) == 1e30 / 3)
    }

    @Test("A time of day is written for any instant, however far out")
    func dayAndTimeOfFarInstants() {
        #expect(ReportFormat.dayAndTime(Date(timeIntervalSince1970: 86_400 + 18 * 3_600 + 5 * 60)) == "1970-01-02 18:05")
        _ = ReportFormat.dayAndTime(Date(timeIntervalSince1970: 1e30))
        _ = ReportFormat.dayAndTime(Date(timeIntervalSince1970: -1e30))
    }
}
