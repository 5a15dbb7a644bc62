import Foundation
import Testing
@testable import HavenCore

/// The CSI-4 key: item 1 scored 0–6, items 2–4 scored 0–5, total = sum (0–21), distressed below 13.5.
@Suite struct CSI4ScoringTests {
    let csi: Questionnaire

    init() throws {
        csi = try QuestionnaireCatalog.bundled().questionnaire("csi-4")
    }

    // Totals worked out by hand: 5+4+4+3 = 16; 6+5+5+5 = 21; 4+3+3+3 = 13 (< 13.5); 4+4+3+3 = 14.
    @Test(arguments: [
        ([5, 4, 4, 3], 16.0, false),
        ([6, 5, 5, 5], 21.0, false),
        ([0, 0, 0, 0], 0.0, true),
        ([4, 3, 3, 3], 13.0, true),
        ([4, 4, 3, 3], 14.0, false),
    ])
    func totalAndDistress(answers: [Int], total: Double, distressed: Bool) throws {
        let result = try QuestionnaireScorer().score(answers.map { $0 }, for: csi)
        #expect(result.scores == ["total": total])
        #expect(result.flags["distressed"] == distressed)
    }

    @Test func itemOneAcceptsSixButOthersDoNot() throws {
        _ = try QuestionnaireScorer().score([6, 0, 0, 0], for: csi)
        #expect(throws: ScoringError.answerOutOfRange(questionnaire: "csi-4", item: 2, answer: 6, min: 0, max: 5)) {
            try QuestionnaireScorer().score([5, 6, 0, 0], for: csi)
        }
        #expect(throws: ScoringError.answerOutOfRange(questionnaire: "csi-4", item: 1, answer: 7, min: 0, max: 6)) {
            try QuestionnaireScorer().score([7, 0, 0, 0], for: csi)
        }
    }

    @Test func noItemMayBeMissing() {
        #expect(throws: ScoringError.tooManyMissing(questionnaire: "csi-4", subscale: "total", missingItems: [3], allowed: 0)) {
            try QuestionnaireScorer().score([5, 4, nil, 3], for: csi)
        }
    }

    @Test func wrongNumberOfAnswers() {
        #expect(throws: ScoringError.wrongAnswerCount(questionnaire: "csi-4", expected: 4, got: 5)) {
            try QuestionnaireScorer().score([1, 1, 1, 1, 1], for: csi)
        }
    }
}
