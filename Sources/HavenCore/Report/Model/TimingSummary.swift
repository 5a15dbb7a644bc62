import Foundation

/// How quickly each person replies, and long silences after a complaint or a bid for attention.
public struct TimingSummary: Sendable, Codable, Hashable {
    /// How silences were judged, in one sentence.
    public var method: String
    /// Each person's replies.
    public var people: [ReplyTimes]

    /// Creates a timing summary.
    ///
    /// - Parameters:
    ///   - method: How silences were judged.
    ///   - people: Each person's reply times.
    public init(method: String, people: [ReplyTimes]) {
        self.method = method
        self.people = people
    }
}

/// One person's reply times and silences.
public struct ReplyTimes: Sendable, Codable, Hashable {
    /// The person's name (or alias).
    public var name: String
    /// Messages that answered someone else's message.
    public var replies: Int
    /// Quartiles and 90th percentile of their reply times, in seconds (`nil` without replies).
    public var medianSeconds: Double?
    /// The 25th percentile, in seconds.
    public var p25Seconds: Double?
    /// The 75th percentile, in seconds.
    public var p75Seconds: Double?
    /// The 90th percentile, in seconds.
    public var p90Seconds: Double?
    /// How many replies fell in each band.
    public var histogram: [ReplyBand]
    /// Complaints or bids (questions) the other person sent them.
    public var complaintsOrBidsReceived: Int
    /// Silences (night hours not counted) longer than ``silenceThresholdSeconds`` after those.
    public var longSilences: Int
    /// Replies to a complaint or bid that carried a withdrawal phrase ("whatever", "I'm done").
    public var withdrawalReplies: Int
    /// The silence that counts as long for this person, in seconds.
    public var silenceThresholdSeconds: Double
    /// Long silences per calendar month.
    public var monthlyLongSilences: [String: Int]
}

/// Replies whose delay fell in one band.
public struct ReplyBand: Sendable, Codable, Hashable {
    /// The band's name, e.g. "1–5 min".
    public var label: String
    /// The band's upper limit in seconds (`nil` for the last band).
    public var upToSeconds: Double?
    /// Replies in the band.
    public var count: Int
}
