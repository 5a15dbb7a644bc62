import Foundation

/// Tests each signal's monthly rate for a rising or falling trend (Mann-Kendall with Sen's
/// slope), for everyone together and for each person, with Holm's adjustment over all tests.
struct TrendAnalyzer {
    let options: AnalysisOptions

    /// One series to test: a label in a scope, rates per 100 in months with enough messages.
    private struct Series {
        var label: SignalLabel
        var scope: String
        var rates: [Double]
    }

    func trends(names: [String], months: [PeriodAccumulator.Bucket]) -> [TrendResult] {
        let labelCount = SignalLabel.allCases.count
        var series: [Series] = []
        for (l, label) in SignalLabel.allCases.enumerated() {
            var couple: [Double] = []
            for bucket in months {
                let total = bucket.messages.reduce(0, +) - bucket.unread.reduce(0, +)
                guard total >= options.trendMinimumMonthMessages else { continue }
                let count = names.indices.reduce(0) { $0 + bucket.labels[$1 * labelCount + l] }
                couple.append(Double(count) * 100 / Double(total))
            }
            series.append(Series(label: label, scope: "couple", rates: couple))
            for (p, name) in names.enumerated() {
                let rates = months.compactMap { bucket -> Double? in
                    let total = bucket.messages[p] - bucket.unread[p]
                    guard total >= options.trendMinimumMonthMessages else { return nil }
                    return Double(bucket.labels[p * labelCount + l]) * 100 / Double(total)
                }
                series.append(Series(label: label, scope: name, rates: rates))
            }
        }
        let tests = series.map { MannKendall($0.rates) }
        let tested = tests.compactMap { $0?.pValue }
        var adjusted = MannKendall.holmAdjusted(tested).makeIterator()
        return zip(series, tests).map { series, test in
            guard let test, let adjustedP = adjusted.next() else {
                return TrendResult(
                    label: series.label.rawValue, scope: series.scope, test: "Mann-Kendall", months: series.rates.count,
                    direction: "not enough data",
                    statement: "Not enough data for a trend: the test needs at least \(MannKendall.minimumCount) months "
                        + "with \(options.trendMinimumMonthMessages) or more messages (found \(series.rates.count)).")
            }
            let direction = adjustedP < options.trendAlpha ? (test.s > 0 ? "rising" : "falling") : "no clear change"
            return TrendResult(
                label: series.label.rawValue, scope: series.scope, test: "Mann-Kendall", months: test.count, s: test.s,
                tau: Self.round(test.tau, 3), pValue: Self.round(test.pValue, 4), adjustedPValue: Self.round(adjustedP, 4),
                slopePer100PerMonth: Self.round(test.slope, 6), slopeLower: Self.round(test.slopeLower, 6),
                slopeUpper: Self.round(test.slopeUpper, 6), direction: direction,
                statement: statement(series.label, direction: direction, test: test, adjustedP: adjustedP))
        }
    }

    private func statement(_ label: SignalLabel, direction: String, test: MannKendall, adjustedP: Double) -> String {
        let name = label.rawValue.replacingOccurrences(of: "-", with: " ")
        let interval = "\(ReportFormat.yearlySlope(test.slopeLower)) to \(ReportFormat.yearlySlope(test.slopeUpper))"
        switch direction {
        case "rising", "falling":
            return "\(name.capitalizedFirst) became \(direction == "rising" ? "more" : "less") frequent over \(test.count) months: "
                + "about \(ReportFormat.yearlySlope(test.slope)) per 100 messages a year (95 % interval \(interval); "
                + "Mann-Kendall p \(Self.format(adjustedP)) after adjusting for the number of tests)."
        default:
            return "No clear change in \(name) over \(test.count) months (p \(Self.format(adjustedP)) after adjusting "
                + "for the number of tests); the months vary more than they trend."
        }
    }

    static func round(_ value: Double, _ digits: Int) -> Double {
        let scale = pow(10, Double(digits))
        return (value * scale).rounded() / scale
    }

    private static func format(_ p: Double) -> String { p < 0.001 ? "< 0.001" : "= " + String(format: "%.3f", p) }
}

extension String {
    /// The string with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
