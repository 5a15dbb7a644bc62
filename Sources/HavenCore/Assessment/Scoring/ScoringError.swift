import Foundation

/// Why a questionnaire could not be found, read or scored.
public enum ScoringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No questionnaire has this identifier.
    case unknownQuestionnaire(id: String, known: [String])
    /// The number of answers differs from the number of items.
    case wrongAnswerCount(questionnaire: String, expected: Int, got: Int)
    /// An answer lies outside its item's response scale.
    case answerOutOfRange(questionnaire: String, item: Int, answer: Int, min: Int, max: Int)
    /// A required subscale has more unanswered items than its missing-answer rule allows.
    case tooManyMissing(questionnaire: String, subscale: String, missingItems: [Int], allowed: Int)
    /// A questionnaire file is inconsistent (a packaging mistake, not a user mistake).
    case invalidDefinition(questionnaire: String, reason: String)
    /// A questionnaire file could not be read or decoded.
    case unreadableDefinition(file: String, reason: String)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case let .unknownQuestionnaire(id, known):
            return "Unknown questionnaire '\(id)'. Known questionnaires: \(known.joined(separator: ", "))."
        case let .wrongAnswerCount(questionnaire, expected, got):
            return "\(questionnaire) has \(expected) items but \(got) answers were given; "
                + "give one answer per item in item order, with null for an unanswered item."
        case let .answerOutOfRange(questionnaire, item, answer, min, max):
            return "\(questionnaire) item \(item): answer \(answer) is outside the scale \(min)–\(max)."
        case let .tooManyMissing(questionnaire, subscale, missingItems, allowed):
            let list = missingItems.map(String.init).joined(separator: ", ")
            return "\(questionnaire) subscale '\(subscale)': \(missingItems.count) items unanswered (items \(list)); "
                + "at most \(allowed) may be missing for a score."
        case let .invalidDefinition(questionnaire, reason):
            return "Questionnaire '\(questionnaire)' is not consistent: \(reason)."
        case let .unreadableDefinition(file, reason):
            return "Could not read questionnaire file \(file): \(reason)."
        }
    }
}
