import Foundation

/// Conflict episodes (stretches where harmful signals cluster) and what happened in them.
public struct ConflictSummary: Sendable, Codable, Hashable {
    /// How episodes were found, in one sentence.
    public var method: String
    /// How many episodes there were.
    public var episodes: Int
    /// Messages inside episodes.
    public var messagesInEpisodes: Int
    /// The median episode length from first to last message, in seconds.
    public var medianDurationSeconds: Double?
    /// Episodes in which someone attempted a repair.
    public var repairAttempted: Int
    /// Episodes in which a repair was answered in kind by the other person.
    public var repairTakenUp: Int
    /// Positive signals (repair, gentle start-up, appreciation, validation, we-talk) inside episodes.
    public var positiveSignals: Int
    /// Harmful signals inside episodes.
    public var negativeSignals: Int
    /// Positive per negative signal inside episodes, or `nil` without negative signals.
    public var positiveToNegativeRatio: Double?
    /// The same ratio over all messages, for comparison.
    public var overallPositiveToNegativeRatio: Double?
    /// Context for the ratio (Gottman's observation), not a grade.
    public var ratioContext: String
    /// Per person: episodes started, how, repairs, and pronouns during conflict.
    public var people: [ConflictPerson]
    /// Per calendar month: episodes and the ratio inside them.
    public var monthly: [ConflictMonth]
    /// The episodes with the most harmful signals (at most ``listLimit``), in time order.
    public var list: [ConflictEpisode]

    /// The most episodes listed one by one.
    public static let listLimit = 200

    /// An empty summary (no episodes).
    public static func empty(method: String, ratioContext: String) -> ConflictSummary {
        ConflictSummary(
            method: method, episodes: 0, messagesInEpisodes: 0, medianDurationSeconds: nil, repairAttempted: 0,
            repairTakenUp: 0, positiveSignals: 0, negativeSignals: 0, positiveToNegativeRatio: nil,
            overallPositiveToNegativeRatio: nil, ratioContext: ratioContext, people: [], monthly: [], list: [])
    }
}

/// One person's part in conflict episodes.
public struct ConflictPerson: Sendable, Codable, Hashable {
    /// The person's name (or alias).
    public var name: String
    /// Episodes whose opening message they wrote.
    public var started: Int
    /// Of those, opened with criticism or contempt.
    public var harshStartups: Int
    /// Of those, opened with a gentle start-up (feelings and needs, no criticism or contempt).
    public var gentleStartups: Int
    /// Episodes in which they attempted a repair.
    public var repairsAttempted: Int
    /// Of those, episodes where the other person answered their repair in kind.
    public var repairsTakenUp: Int
    /// Their harmful signals inside episodes.
    public var negativeSignals: Int
    /// Their positive signals inside episodes.
    public var positiveSignals: Int
    /// "We/us/our" words in their messages during conflict.
    public var weWords: Int
    /// "You/your" words in their messages during conflict.
    public var youWords: Int
}

/// Conflict in one calendar month.
public struct ConflictMonth: Sendable, Codable, Hashable {
    /// The month, "2021-03".
    public var period: String
    /// Episodes that started in the month.
    public var episodes: Int
    /// Of those, with a repair answered in kind.
    public var repairTakenUp: Int
    /// Of those, with a repair attempted but not answered in kind.
    public var repairNotTakenUp: Int
    /// Positive signals inside the month's episodes.
    public var positiveSignals: Int
    /// Harmful signals inside the month's episodes.
    public var negativeSignals: Int
}

/// One conflict episode.
public struct ConflictEpisode: Sendable, Codable, Hashable {
    /// The opening message's time.
    public var start: Date
    /// The last message's time.
    public var end: Date
    /// Seconds from first to last message.
    public var durationSeconds: Double
    /// Messages in the episode.
    public var messages: Int
    /// Who wrote the opening message (or their alias).
    public var startedBy: String
    /// How it opened: "harsh", "gentle" or "neutral".
    public var startup: String
    /// Harmful signals in the episode.
    public var negativeSignals: Int
    /// Positive signals in the episode.
    public var positiveSignals: Int
    /// Who attempted a repair first, if anyone.
    public var firstRepairBy: String?
    /// Whether a repair was answered in kind by the other person within the episode.
    public var repairTakenUp: Bool
}
