import Foundation

/// Whether a signal became more or less frequent over the months, by a Mann-Kendall test.
public struct TrendResult: Sendable, Codable, Hashable {
    /// The signal label.
    public var label: String
    /// "couple" or a person's name (or alias).
    public var scope: String
    /// The test used.
    public var test: String
    /// The months that entered the test (those with enough messages).
    public var months: Int
    /// Kendall's S statistic.
    public var s: Int?
    /// Kendall's tau, -1…1.
    public var tau: Double?
    /// The two-sided p-value before adjustment.
    public var pValue: Double?
    /// The p-value after Holm's adjustment over every trend in the report.
    public var adjustedPValue: Double?
    /// Sen's slope: the change in messages per 100 per month (median of pairwise slopes).
    public var slopePer100PerMonth: Double?
    /// The 95 % confidence interval of Sen's slope.
    public var slopeLower: Double?
    /// The upper end of the interval.
    public var slopeUpper: Double?
    /// "rising", "falling", "no clear change" or "not enough data".
    public var direction: String
    /// One sentence saying what the test shows.
    public var statement: String
}
