import Testing
@testable import HavenCore

@Suite("Average precision: how well the scores rank the lines, whatever the thresholds")
struct RankingReportTests {
    @Test("Average precision is the mean of the precision at each true line, worked by hand")
    func byHand() throws {
        var ranking = RankingReport()
        ranking.add(scores: [.criticism: 0.9], actual: ["criticism"])
        ranking.add(scores: [.criticism: 0.8], actual: [])
        ranking.add(scores: [.criticism: 0.7], actual: ["criticism"])
        ranking.add(scores: [.criticism: 0.1], actual: [])
        // Precision 1/1 at the first true line and 2/3 at the second.
        let criticism = try #require(ranking.averagePrecision(.criticism))
        #expect(abs(criticism - (1.0 + 2.0 / 3) / 2) < 1e-12)
    }

    @Test("Tied scores are one step, so their order does not change the result")
    func ties() throws {
        var trueFirst = RankingReport(), falseFirst = RankingReport()
        trueFirst.add(scores: [.contempt: 0.9], actual: ["contempt"])
        trueFirst.add(scores: [.contempt: 0.9], actual: [])
        falseFirst.add(scores: [.contempt: 0.9], actual: [])
        falseFirst.add(scores: [.contempt: 0.9], actual: ["contempt"])
        for ranking in [trueFirst, falseFirst] {
            var complete = ranking
            complete.add(scores: [.contempt: 0.5], actual: ["contempt"])
            // The tied pair: one of two lines true, half the true lines found; then 2 of 3.
            let value = try #require(complete.averagePrecision(.contempt))
            #expect(abs(value - (0.5 * 0.5 + 0.5 * 2.0 / 3)) < 1e-12)
        }
    }

    @Test("A horseman no line carries has no average precision and stays out of the mean")
    func absentLabels() throws {
        var ranking = RankingReport()
        #expect(ranking.meanAveragePrecision == nil)
        ranking.add(scores: [.stonewalling: 0.2, .criticism: 0.9], actual: ["stonewalling"])
        ranking.add(scores: [.stonewalling: 0.6], actual: [])
        #expect(ranking.averagePrecision(.criticism) == nil)
        #expect(ranking.averagePrecision(.repair) == nil)
        let stonewalling = try #require(ranking.averagePrecision(.stonewalling))
        #expect(abs(stonewalling - 0.5) < 1e-12)
        #expect(ranking.meanAveragePrecision == stonewalling)
    }

    @Test("A line with no scores (a language the engine does not read) ranks last")
    func missingScores() throws {
        var ranking = RankingReport()
        ranking.add(scores: [:], actual: ["defensiveness"])
        ranking.add(scores: [.defensiveness: 0.4], actual: [])
        let value = try #require(ranking.averagePrecision(.defensiveness))
        #expect(abs(value - 0.5) < 1e-12)
    }
}
