import Foundation

/// The Mann-Kendall test for a monotonic trend, with Sen's slope and its confidence interval.
///
/// Distribution-free: it asks only whether later values tend to be larger (or smaller) than
/// earlier ones. The variance includes the correction for ties; the p-value uses the normal
/// approximation with a continuity correction, which is adequate from about 8 points on.
public struct MannKendall: Sendable, Hashable {
    /// The number of points.
    public var count: Int
    /// Kendall's S: concordant minus discordant pairs.
    public var s: Int
    /// The variance of S under no trend, corrected for ties.
    public var variance: Double
    /// Kendall's tau, S over the number of pairs.
    public var tau: Double
    /// The standard normal score of S (with continuity correction).
    public var z: Double
    /// The two-sided p-value.
    public var pValue: Double
    /// Sen's slope: the median of all pairwise slopes, per step.
    public var slope: Double
    /// The lower end of the slope's 95 % confidence interval.
    public var slopeLower: Double
    /// The upper end of the slope's 95 % confidence interval.
    public var slopeUpper: Double

    /// The fewest points the test is run on.
    public static let minimumCount = 8

    /// Runs the test on equally spaced values.
    ///
    /// - Parameter values: The series, oldest first.
    /// - Returns: The test result, or `nil` for fewer than ``minimumCount`` points.
    public init?(_ values: [Double]) {
        let n = values.count
        guard n >= Self.minimumCount else { return nil }
        var s = 0
        var slopes: [Double] = []
        slopes.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<(n - 1) {
            for j in (i + 1)..<n {
                let difference = values[j] - values[i]
                s += difference > 0 ? 1 : (difference < 0 ? -1 : 0)
                slopes.append(difference / Double(j - i))
            }
        }
        var ties: [Double: Int] = [:]
        for value in values { ties[value, default: 0] += 1 }
        let tieTerm = ties.values.filter { $0 > 1 }.reduce(0.0) { total, t in
            total + Double(t * (t - 1) * (2 * t + 5))
        }
        let variance = (Double(n * (n - 1) * (2 * n + 5)) - tieTerm) / 18
        let z: Double
        if variance <= 0 || s == 0 {
            z = 0
        } else {
            z = (Double(s) - (s > 0 ? 1 : -1)) / variance.squareRoot()
        }
        slopes.sort()
        let pairs = slopes.count
        let half = pairs / 2
        let median = pairs % 2 == 1 ? slopes[half] : (slopes[half - 1] + slopes[half]) / 2
        // Gilbert (1987): the interval's ends are the slopes ranked (N' ∓ C) / 2 with C = 1.96 √Var(S).
        let c = 1.959964 * variance.squareRoot()
        let lowerRank = Int(((Double(pairs) - c) / 2).rounded(.down))
        let upperRank = Int(((Double(pairs) + c) / 2).rounded(.up))
        self.count = n
        self.s = s
        self.variance = variance
        self.tau = Double(s) / Double(n * (n - 1) / 2)
        self.z = z
        self.pValue = min(1, erfc(abs(z) / 2.squareRoot()))
        self.slope = median
        self.slopeLower = slopes[max(0, min(pairs - 1, lowerRank - 1))]
        self.slopeUpper = slopes[max(0, min(pairs - 1, upperRank))]
    }

    /// Holm's step-down adjustment of p-values for testing many hypotheses at once.
    ///
    /// - Parameter pValues: The raw p-values.
    /// - Returns: The adjusted p-values, in the same order, never below the raw ones.
    public static func holmAdjusted(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        let order = pValues.indices.sorted { pValues[$0] == pValues[$1] ? $0 < $1 : pValues[$0] < pValues[$1] }
        var adjusted = [Double](repeating: 1, count: m)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(m - rank) * pValues[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
