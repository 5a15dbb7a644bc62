import Foundation
import Testing
@testable import HavenCore

/// Episode boundaries and openings, on marks set by hand.
@Suite("Report: conflict episodes")
struct ConflictEpisodeTests {
    let detector = EpisodeDetector(options: AnalysisOptions())

    @Test func harmfulMessagesCloseTogetherFormOneEpisode() {
        let marks = [
            ReportFixtures.marks(), ReportFixtures.marks([.criticism]), ReportFixtures.marks(),
            ReportFixtures.marks([.defensiveness]), ReportFixtures.marks([.repair]), ReportFixtures.marks(),
        ]
        let times = marks.indices.map { Double($0) * 60 }
        #expect(detector.spans(times: times, marks: marks) == [EpisodeDetector.Span(start: 1, end: 4)])
    }

    @Test func aSingleHarmfulMessageIsNoEpisode() {
        let marks = [ReportFixtures.marks([.contempt])] + Array(repeating: ReportFixtures.marks(), count: 10)
        #expect(detector.spans(times: marks.indices.map { Double($0) }, marks: marks).isEmpty)
    }

    @Test func aLongPauseSplitsTwoClusters() {
        let harmful = ReportFixtures.marks([.criticism])
        let marks = [harmful, harmful, harmful, harmful]
        let times: [Double] = [0, 60, 20_000, 20_060]
        #expect(detector.spans(times: times, marks: marks).count == 2)
    }

    @Test func aComplaintJustBeforeOpensTheEpisode() {
        let marks = [
            ReportFixtures.marks(flags: MessageMarks.complaint), ReportFixtures.marks([.defensiveness]),
            ReportFixtures.marks([.criticism]),
        ]
        #expect(detector.spans(times: [0, 30, 60], marks: marks).first?.start == 0)
    }

    @Test(arguments: [
        ([SignalLabel.criticism], "harsh"), ([.contempt, .stonewalling], "harsh"), ([.gentleStartup, .pastDwelling], "gentle"),
        ([.defensiveness], "neutral"),
    ])
    func startUpIsJudgedFromTheOpeningMessage(opening: [SignalLabel], expected: String) throws {
        let marks = [ReportFixtures.marks(opening), ReportFixtures.marks([.defensiveness]), ReportFixtures.marks([.criticism])]
        let summary = ConflictAnalyzer(options: AnalysisOptions()).summarize(
            names: ["Ana", "Leo"], people: [0, 1, 0], times: [0, 60, 120], marks: marks, overallRatio: nil)
        let episode = try #require(summary.list.first)
        #expect(episode.startup == expected)
        #expect(episode.startedBy == "Ana")
    }

    @Test func repairAnsweredByTheSamePersonDoesNotCount() throws {
        let marks = [
            ReportFixtures.marks([.criticism]), ReportFixtures.marks([.defensiveness]), ReportFixtures.marks([.repair]),
            ReportFixtures.marks([.appreciation]),
        ]
        let summary = ConflictAnalyzer(options: AnalysisOptions()).summarize(
            names: ["Ana", "Leo"], people: [0, 1, 1, 1], times: [0, 60, 120, 180], marks: marks, overallRatio: nil)
        let episode = try #require(summary.list.first)
        #expect(episode.firstRepairBy == "Leo")
        #expect(!episode.repairTakenUp)
        #expect(summary.positiveToNegativeRatio == 1)
    }
}
