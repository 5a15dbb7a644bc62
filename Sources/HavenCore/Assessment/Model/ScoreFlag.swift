import Foundation

/// A named threshold on a subscale score, such as the CSI-4's "distressed" below 13.5.
public struct ScoreFlag: Sendable, Equatable, Codable, Identifiable {
    /// A stable identifier, used as the flag's key in results ("distressed").
    public var id: String
    /// The subscale the threshold applies to.
    public var subscale: String
    /// The flag is raised when the score is strictly below this value.
    public var below: Double?
    /// The flag is raised when the score is at or above this value.
    public var atLeast: Double?
    /// Whether a raised flag is a concern that, if it persists, suggests professional support.
    public var concern: Bool
    /// What the flag means, per locale.
    public var meaning: LocalizedText

    /// Creates a flag.
    /// - Parameters:
    ///   - id: A stable identifier.
    ///   - subscale: The subscale the threshold applies to.
    ///   - below: Raised when the score is strictly below this value.
    ///   - atLeast: Raised when the score is at or above this value.
    ///   - concern: Whether a persisting flag suggests professional support.
    ///   - meaning: What the flag means.
    public init(
        id: String, subscale: String, below: Double? = nil, atLeast: Double? = nil,
        concern: Bool, meaning: LocalizedText
    ) {
        self.id = id
        self.subscale = subscale
        self.below = below
        self.atLeast = atLeast
        self.concern = concern
        self.meaning = meaning
    }

    /// Whether a score raises this flag.
    /// - Parameter score: The subscale's score.
    /// - Returns: `true` when the score crosses the threshold.
    public func isRaised(by score: Double) -> Bool {
        if let below, score < below { return true }
        if let atLeast, score >= atLeast { return true }
        return false
    }
}
