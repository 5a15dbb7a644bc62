import Foundation

/// Attachment shown as two continuous scores with uncertainty bands, plus the closest prototype
/// and an honest list of what that prototype cannot tell.
public struct AttachmentProfile: Sendable, Equatable, Codable {
    /// The questionnaire the scores come from.
    public var questionnaireID: String
    /// Attachment anxiety with its band.
    public var anxiety: ScoreBand
    /// Attachment avoidance with its band.
    public var avoidance: ScoreBand
    /// The scale midpoint, the line between "lower" and "higher".
    public var midpoint: Double
    /// The nearest of the four textbook corners.
    public var closestPrototype: AttachmentPrototype
    /// Whether a band crosses the midpoint, so another prototype is just as plausible.
    public var prototypeIsUncertain: Bool
    /// What the prototype cannot tell, in plain words.
    public var limits: [String]

    /// Builds the profile of an attachment result.
    /// - Parameters:
    ///   - result: A result of a questionnaire that measures anxiety and avoidance.
    ///   - questionnaire: That questionnaire, for its scale and norms.
    /// - Returns: The profile, or `nil` when the questionnaire lacks the two scores or their norms.
    public static func make(from result: AssessmentResult, questionnaire: Questionnaire) -> AttachmentProfile? {
        guard let anxietyScale = questionnaire.subscale("anxiety"), let avoidanceScale = questionnaire.subscale("avoidance"),
              let anxietyNorms = anxietyScale.norms, let avoidanceNorms = avoidanceScale.norms,
              let anxietyScore = result.scores["anxiety"], let avoidanceScore = result.scores["avoidance"]
        else { return nil }
        let scale = questionnaire.scale
        let range = Double(scale.min)...Double(scale.max)
        let anxiety = ScoreBand(score: anxietyScore, norms: anxietyNorms, range: range)
        let avoidance = ScoreBand(score: avoidanceScore, norms: avoidanceNorms, range: range)
        let midpoint = scale.midpoint
        let uncertain = anxiety.straddles(midpoint) || avoidance.straddles(midpoint)
        var limits = [
            "The four prototypes are corners of a continuous plane; most people sit between them, and the two scores say more than the name.",
            "It describes how you answered about relationships at this moment; it is not a fixed type, and attachment can change over time.",
            "It is not a diagnosis and says nothing about whether this relationship will last.",
            "It cannot tell why you feel this way, or how your partner experiences you.",
        ]
        if uncertain {
            limits.insert(
                "At least one uncertainty band crosses the scale midpoint, so a neighbouring prototype fits your answers about as well.",
                at: 0)
        }
        if questionnaire.kind == .selfReflection {
            limits.append("Haven's own questionnaire is not validated and its norms are provisional, so the bands are rough.")
        }
        return AttachmentProfile(
            questionnaireID: result.questionnaireID, anxiety: anxiety, avoidance: avoidance, midpoint: midpoint,
            closestPrototype: .closest(anxiety: anxietyScore, avoidance: avoidanceScore, on: scale),
            prototypeIsUncertain: uncertain, limits: limits)
    }
}
