import Foundation
import Testing
@testable import HavenCore

/// The ECR-R key checked against examples worked out by hand:
/// anxiety = mean of items 1–18, avoidance = mean of items 19–36,
/// reverse-keyed 9, 11, 20, 22, 26–31, 33–36 scored as 8 − x.
@Suite struct ECRRScoringTests {
    let ecr: Questionnaire

    init() throws {
        ecr = try QuestionnaireCatalog.bundled().questionnaire("ecr-r")
    }

    struct Example: Sendable, CustomTestStringConvertible {
        let name: String
        let answers: [Int?]
        let anxiety: Double
        let avoidance: Double
        var testDescription: String { name }
    }

    static let examples: [Example] = [
        // All 7. Anxiety: 16 plain items × 7 + items 9, 11 reversed (8 − 7 = 1) × 2 = 114; 114 / 18.
        // Avoidance: 6 plain items (19, 21, 23, 24, 25, 32) × 7 = 42 + 12 reversed × 1 = 12 → 54 / 18 = 3.
        Example(name: "all sevens", answers: Array(repeating: 7, count: 36), anxiety: 114.0 / 18, avoidance: 3.0),
        // Odd items 2, even items 5.
        // Anxiety: odd 1…17 → seven plain × 2 = 14, items 9 and 11 reversed (8 − 2 = 6) → 12; even 2…18 → 9 × 5 = 45.
        //   14 + 12 + 45 = 71 → 71 / 18.
        // Avoidance: odd 19…35 → plain 19, 21, 23, 25 × 2 = 8, reversed 27, 29, 31, 33, 35 × 6 = 30;
        //   even 20…36 → plain 24, 32 × 5 = 10, reversed 20, 22, 26, 28, 30, 34, 36 × 3 = 21.
        //   8 + 30 + 10 + 21 = 69 → 69 / 18.
        Example(name: "odd 2, even 5", answers: (1...36).map { $0 % 2 == 1 ? 2 : 5 }, anxiety: 71.0 / 18, avoidance: 69.0 / 18),
        // As above with item 1 (plain 2) and item 20 (reversed 3) unanswered: prorated means of the rest.
        //   anxiety (71 − 2) / 17, avoidance (69 − 3) / 17.
        Example(
            name: "two missing, prorated",
            answers: (1...36).map { $0 == 1 || $0 == 20 ? nil : ($0 % 2 == 1 ? 2 : 5) },
            anxiety: 69.0 / 17, avoidance: 66.0 / 17),
    ]

    @Test(arguments: examples)
    func scoresMatchHandWorkedExample(_ example: Example) throws {
        let result = try QuestionnaireScorer().score(example.answers, for: ecr)
        let anxiety = try #require(result.scores["anxiety"])
        let avoidance = try #require(result.scores["avoidance"])
        #expect(abs(anxiety - example.anxiety) < 1e-9)
        #expect(abs(avoidance - example.avoidance) < 1e-9)
    }

    @Test func keyMatchesThePublishedReverseItems() {
        #expect(ecr.reverseKeyed.sorted() == [9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36])
        #expect(ecr.subscale("anxiety")?.items == Array(1...18))
        #expect(ecr.subscale("avoidance")?.items == Array(19...36))
        #expect(ecr.items.isEmpty, "no item wording is shipped for the ECR-R")
    }

    @Test func threeMissingAnxietyItemsIsTooMany() {
        var answers: [Int?] = Array(repeating: 4, count: 36)
        answers[0] = nil; answers[4] = nil; answers[17] = nil
        #expect(throws: ScoringError.tooManyMissing(questionnaire: "ecr-r", subscale: "anxiety", missingItems: [1, 5, 18], allowed: 2)) {
            try QuestionnaireScorer().score(answers, for: ecr)
        }
    }

    @Test(arguments: [(0, 1), (8, 35), (-1, 36)])
    func outOfRangeAnswerNamesItsItem(value: Int, item: Int) {
        var answers: [Int?] = Array(repeating: 4, count: 36)
        answers[item - 1] = value
        #expect(throws: ScoringError.answerOutOfRange(questionnaire: "ecr-r", item: item, answer: value, min: 1, max: 7)) {
            try QuestionnaireScorer().score(answers, for: ecr)
        }
    }
}
