import Foundation

/// One scored questionnaire at one moment: the answers, the scores and the raised flags.
public struct AssessmentResult: Sendable, Equatable, Codable {
    /// The questionnaire's identifier.
    public var questionnaireID: String
    /// The questionnaire's content version at scoring time.
    public var questionnaireVersion: String
    /// When the questionnaire was answered.
    public var date: Date
    /// The raw answers in item order; `nil` for an unanswered item.
    public var answers: [Int?]
    /// The score of each subscale that could be scored, keyed by subscale id.
    public var scores: [String: Double]
    /// How many items were unanswered in each subscale.
    public var missing: [String: Int]
    /// Optional subscales left unscored because too many of their items were unanswered.
    public var unscored: [String]
    /// Each flag whose subscale was scored: `true` when raised.
    public var flags: [String: Bool]

    /// Creates a result.
    /// - Parameters:
    ///   - questionnaireID: The questionnaire's identifier.
    ///   - questionnaireVersion: The questionnaire's content version.
    ///   - date: When the questionnaire was answered.
    ///   - answers: The raw answers in item order.
    ///   - scores: The subscale scores.
    ///   - missing: Unanswered items per subscale.
    ///   - unscored: Optional subscales left unscored.
    ///   - flags: Flags, `true` when raised.
    public init(
        questionnaireID: String, questionnaireVersion: String, date: Date, answers: [Int?],
        scores: [String: Double], missing: [String: Int] = [:], unscored: [String] = [],
        flags: [String: Bool] = [:]
    ) {
        self.questionnaireID = questionnaireID
        self.questionnaireVersion = questionnaireVersion
        self.date = date
        self.answers = answers
        self.scores = scores
        self.missing = missing
        self.unscored = unscored
        self.flags = flags
    }

    /// The identifiers of the raised flags, sorted.
    public var raisedFlags: [String] {
        flags.filter(\.value).map(\.key).sorted()
    }
}
