import Foundation
import Testing
@testable import HavenCore

/// The Mann-Kendall trend test says "no clear change" unless the data carry more.
@Suite("Report: trend test")
struct TrendTests {
    /// A deterministic wobble standing in for noise.
    func wobble(_ i: Int) -> Double { [0.3, -0.2, 0.1, -0.4, 0.25, -0.1, 0.35, -0.3][i % 8] }

    @Test func aFlatSeriesShowsNoTrend() throws {
        let test = try #require(MannKendall((0..<24).map { 2 + wobble($0) }))
        #expect(test.pValue > 0.2)
        #expect(test.slopeLower <= 0 && test.slopeUpper >= 0)
    }

    @Test func aConstantSeriesHasNoTrendAtAll() throws {
        let test = try #require(MannKendall(Array(repeating: 1.5, count: 12)))
        #expect(test.s == 0)
        #expect(test.pValue == 1)
        #expect(test.slope == 0)
    }

    @Test func aRisingSeriesIsFoundWithItsSlope() throws {
        let test = try #require(MannKendall((0..<24).map { 1 + 0.1 * Double($0) + wobble($0) }))
        #expect(test.s > 0)
        #expect(test.pValue < 0.001)
        #expect(abs(test.slope - 0.1) < 0.05)
        #expect(test.slopeLower > 0 && test.slopeLower <= test.slope && test.slope <= test.slopeUpper)
    }

    @Test func tooFewPointsAreNotTested() {
        #expect(MannKendall([1, 2, 3, 4, 5, 6, 7]) == nil)
    }

    @Test func holmNeverLowersAndKeepsOrder() {
        let adjusted = MannKendall.holmAdjusted([0.01, 0.04, 0.03, 0.5])
        #expect(adjusted == [0.04, 0.09, 0.09, 0.5])
    }

    @Test func trendsOverMonthsSayRisingOnlyWhenTheAdjustedTestAgrees() {
        func months(_ rate: (Int) -> Int) -> [PeriodAccumulator.Bucket] {
            (0..<18).map { m in
                var labels = Array(repeating: 0, count: SignalLabel.allCases.count)
                labels[0] = rate(m)
                return PeriodAccumulator.Bucket(key: m, messages: [100], unread: [0], labels: labels)
            }
        }
        let analyzer = TrendAnalyzer(options: AnalysisOptions())
        let rising = analyzer.trends(names: ["Ana"], months: months { 2 + $0 / 2 })
        #expect(rising.first { $0.label == "criticism" && $0.scope == "couple" }?.direction == "rising")
        let flat = analyzer.trends(names: ["Ana"], months: months { 3 + [0, 1, -1, 0, 1, 0][$0 % 6] })
        #expect(flat.first { $0.label == "criticism" && $0.scope == "couple" }?.direction == "no clear change")
        let short = analyzer.trends(names: ["Ana"], months: Array(months { $0 }.prefix(5)))
        #expect(short.allSatisfy { $0.direction == "not enough data" })
    }
}
