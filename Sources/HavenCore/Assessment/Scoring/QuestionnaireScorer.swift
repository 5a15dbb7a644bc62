import Foundation

/// Scores answers to any ``Questionnaire``: checks ranges, applies reverse keys, the missing-answer
/// rule and the scoring rule of each subscale, then raises the declared flags.
public struct QuestionnaireScorer: Sendable {
    /// Creates a scorer.
    public init() {}

    /// Scores one set of answers.
    /// - Parameters:
    ///   - answers: The raw answers in item order; `nil` for an unanswered item.
    ///   - questionnaire: The questionnaire answered.
    ///   - date: When it was answered.
    /// - Returns: The scores, missing counts and flags.
    /// - Throws: ``ScoringError`` for a wrong number of answers, an out-of-range answer, or a
    ///   required subscale with more unanswered items than its rule allows.
    public func score(
        _ answers: [Int?], for questionnaire: Questionnaire, date: Date = Date()
    ) throws(ScoringError) -> AssessmentResult {
        guard answers.count == questionnaire.itemCount else {
            throw .wrongAnswerCount(questionnaire: questionnaire.id, expected: questionnaire.itemCount, got: answers.count)
        }
        for (index, answer) in answers.enumerated() {
            guard let answer else { continue }
            let scale = questionnaire.scale(forItem: index + 1)
            guard scale.contains(answer) else {
                throw .answerOutOfRange(
                    questionnaire: questionnaire.id, item: index + 1, answer: answer, min: scale.min, max: scale.max)
            }
        }
        var scores: [String: Double] = [:]
        var missing: [String: Int] = [:]
        var unscored: [String] = []
        for subscale in questionnaire.subscales {
            var values: [Double] = []
            var missingItems: [Int] = []
            for number in subscale.items {
                guard let answer = answers[number - 1] else {
                    missingItems.append(number)
                    continue
                }
                let keyed = questionnaire.isReverseKeyed(number)
                    ? questionnaire.scale(forItem: number).reversed(answer) : answer
                values.append(Double(keyed))
            }
            missing[subscale.id] = missingItems.count
            guard missingItems.count <= subscale.missing.maxMissing else {
                if subscale.required {
                    throw .tooManyMissing(
                        questionnaire: questionnaire.id, subscale: subscale.id,
                        missingItems: missingItems, allowed: subscale.missing.maxMissing)
                }
                unscored.append(subscale.id)
                continue
            }
            let mean = values.reduce(0, +) / Double(values.count)
            switch subscale.scoring {
            case .mean: scores[subscale.id] = mean
            case .sum: scores[subscale.id] = mean * Double(subscale.items.count)
            }
        }
        var flags: [String: Bool] = [:]
        for flag in questionnaire.flags {
            if let value = scores[flag.subscale] { flags[flag.id] = flag.isRaised(by: value) }
        }
        return AssessmentResult(
            questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version, date: date,
            answers: answers, scores: scores, missing: missing, unscored: unscored, flags: flags)
    }
}
