import Foundation

/// The thresholds the analysis uses; the defaults are what `haven analyze` reports with.
public struct AnalysisOptions: Sendable, Hashable {
    /// Examples kept per person and signal.
    public var examplesPerLabel = 3
    /// Messages per parallel chunk of the signal pass.
    public var chunkSize = 8_192
    /// An episode continues while harmful messages are at most this many messages apart…
    public var episodeGapMessages = 6
    /// …and at most this many seconds apart.
    public var episodeGapSeconds: Double = 2 * 3_600
    /// The fewest harmful messages that make an episode.
    public var episodeMinimumHarmful = 2
    /// How many messages before the first harmful one may count as the episode's opening.
    public var openerLookback = 3
    /// How long before the first harmful message an opening may lie, in seconds.
    public var openerSeconds: Double = 3_600
    /// A silence is long when it exceeds this many times the person's median reply time…
    public var silenceMedianMultiple: Double = 10
    /// …their 90th-percentile reply time, and this floor in seconds (night hours not counted).
    public var silenceFloorSeconds: Double = 3_600
    /// The fewest messages a month needs to enter a trend test.
    public var trendMinimumMonthMessages = 30
    /// The significance level of the trend tests, after Holm's adjustment.
    public var trendAlpha = 0.05
    /// The most people who get sections of their own; the others (in a large group chat) are
    /// counted together as one "everyone else". Per-person sections grow with the number of
    /// people times the months, so a chat of thousands of one-message senders would otherwise
    /// need gigabytes.
    public var maximumParticipants = 50

    /// Creates options with the defaults.
    public init() {}
}
