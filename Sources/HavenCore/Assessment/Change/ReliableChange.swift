import Foundation

/// Whether the change between two scores is larger than measurement error alone would explain
/// (Jacobson & Truax, 1991): SE = SD·√(1−r), S_diff = √2·SE, RCI = Δ / S_diff, reliable when |RCI| > 1.96.
public struct ReliableChange: Sendable, Equatable, Codable {
    /// How the change reads for the person.
    public enum Direction: String, Sendable, Codable {
        /// A reliable change in the better direction.
        case improved
        /// A reliable change in the worse direction.
        case worsened
        /// Within measurement error: no reliable change.
        case noReliableChange = "no-reliable-change"
    }

    /// The subscale compared.
    public var subscale: String
    /// The earlier score.
    public var before: Double
    /// The later score.
    public var after: Double
    /// The difference, later minus earlier.
    public var delta: Double
    /// The standard error of the difference, √2 · SD · √(1 − r).
    public var standardErrorOfDifference: Double
    /// The Reliable Change Index, Δ / S_diff.
    public var index: Double
    /// Whether |RCI| exceeds 1.96.
    public var isReliable: Bool
    /// How the change reads, given which direction is better.
    public var direction: Direction

    /// The threshold above which |RCI| counts as reliable change (p < .05, two-sided).
    public static let threshold = 1.96

    /// Compares two scores of one subscale.
    /// - Parameters:
    ///   - subscale: The subscale compared.
    ///   - before: The earlier score.
    ///   - after: The later score.
    ///   - norms: The subscale's norms (SD and reliability).
    ///   - higherIsBetter: Whether a higher score is better.
    public init(subscale: String, before: Double, after: Double, norms: Norms, higherIsBetter: Bool) {
        self.subscale = subscale
        self.before = before
        self.after = after
        delta = after - before
        standardErrorOfDifference = norms.standardErrorOfDifference
        index = standardErrorOfDifference > 0 ? delta / standardErrorOfDifference : 0
        isReliable = abs(index) > Self.threshold
        if !isReliable {
            direction = .noReliableChange
        } else {
            direction = (delta > 0) == higherIsBetter ? .improved : .worsened
        }
    }

    /// Compares every normed subscale of two results of the same questionnaire.
    /// - Parameters:
    ///   - earlier: The earlier result.
    ///   - later: The later result.
    ///   - questionnaire: The questionnaire both results answer.
    /// - Returns: One comparison per subscale scored in both results and having norms, in the
    ///   questionnaire's order; empty when the results are of different questionnaires.
    public static func compare(
        _ earlier: AssessmentResult, _ later: AssessmentResult, questionnaire: Questionnaire
    ) -> [ReliableChange] {
        guard earlier.questionnaireID == questionnaire.id, later.questionnaireID == questionnaire.id else { return [] }
        return questionnaire.subscales.compactMap { subscale in
            guard let norms = subscale.norms, let before = earlier.scores[subscale.id],
                  let after = later.scores[subscale.id] else { return nil }
            return ReliableChange(
                subscale: subscale.id, before: before, after: after, norms: norms,
                higherIsBetter: subscale.higherIsBetter)
        }
    }
}
