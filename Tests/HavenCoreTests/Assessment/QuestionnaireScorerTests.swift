import Foundation
import Testing
@testable import HavenCore

/// The generic scorer on a small questionnaire defined in the test: sum with proration,
/// an optional subscale, reverse keys on a 1–5 scale, and flags.
@Suite struct QuestionnaireScorerTests {
    static let json = """
    {
      "schemaVersion": 1, "id": "toy", "version": "1", "kind": "self-reflection",
      "title": {"en": "Toy"}, "notice": {"en": "A test."}, "citation": "test",
      "scale": {"min": 1, "max": 5}, "itemCount": 5, "reverseKeyed": [2],
      "subscales": [
        {"id": "all", "name": {"en": "All"}, "items": [1, 2, 3, 4], "scoring": "sum", "higherIsBetter": true,
         "missing": {"maxMissing": 1, "method": "prorate"}},
        {"id": "extra", "name": {"en": "Extra"}, "items": [4, 5], "scoring": "mean", "higherIsBetter": true,
         "required": false, "missing": {"maxMissing": 0, "method": "prorate"}}
      ],
      "flags": [{"id": "low", "subscale": "all", "below": 10, "concern": true, "meaning": {"en": "low"}},
                {"id": "high-extra", "subscale": "extra", "atLeast": 4, "concern": false, "meaning": {"en": "x"}}]
    }
    """

    let toy: Questionnaire

    init() throws {
        toy = try JSONDecoder().decode(Questionnaire.self, from: Data(Self.json.utf8))
        try toy.validate()
    }

    @Test func sumWithReverseKey() throws {
        // Item 2 answered 1 is reversed to 1 + 5 − 1 = 5: 3 + 5 + 3 + 4 = 15.
        let result = try QuestionnaireScorer().score([3, 1, 3, 4, 4], for: toy)
        #expect(result.scores["all"] == 15)
        #expect(result.scores["extra"] == 4)
        #expect(result.flags == ["low": false, "high-extra": true])
    }

    @Test func proratedSumScalesTheAnsweredMeanToAllItems() throws {
        // Items 1, 3, 4 answered 2, 2, 2 and item 2 missing: mean 2 × 4 items = 8.
        let result = try QuestionnaireScorer().score([2, nil, 2, 2, 3], for: toy)
        #expect(result.scores["all"] == 8)
        #expect(result.missing["all"] == 1)
        #expect(result.flags["low"] == true)
    }

    @Test func optionalSubscaleIsLeftOutNotFatal() throws {
        let result = try QuestionnaireScorer().score([2, 2, 2, 2, nil], for: toy)
        #expect(result.unscored == ["extra"])
        #expect(result.scores["extra"] == nil)
        #expect(result.flags["high-extra"] == nil)
    }

    @Test func requiredSubscaleBeyondTheRuleThrows() {
        #expect(throws: ScoringError.tooManyMissing(questionnaire: "toy", subscale: "all", missingItems: [1, 3], allowed: 1)) {
            try QuestionnaireScorer().score([nil, 2, nil, 2, 2], for: toy)
        }
    }

    @Test func inconsistentDefinitionIsRejected() throws {
        var broken = toy
        broken.subscales[0].items.append(9)
        #expect(throws: ScoringError.invalidDefinition(questionnaire: "toy", reason: "subscale 'all' lists item 9, outside 1–5")) {
            try broken.validate()
        }
    }

    @Test func errorMessagesSayWhatAndWhere() {
        let range = ScoringError.answerOutOfRange(questionnaire: "ecr-r", item: 12, answer: 9, min: 1, max: 7)
        #expect(range.description.contains("item 12") && range.description.contains("1–7"))
        let missing = ScoringError.tooManyMissing(questionnaire: "x", subscale: "anxiety", missingItems: [1, 2, 3], allowed: 2)
        #expect(missing.description.contains("'anxiety'") && missing.description.contains("at most 2"))
    }
}
