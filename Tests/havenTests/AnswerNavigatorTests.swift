import Foundation
import HavenCore
import Testing
@testable import haven

@Suite struct AnswerNavigatorTests {
    let security: Questionnaire

    init() throws {
        security = try QuestionnaireCatalog.bundled().questionnaire("haven-security")
    }

    @Test func numbersAnswerAndAdvance() {
        var navigator = AnswerNavigator(questionnaire: security, progress: AssessmentProgress(questionnaire: security))
        #expect(navigator.handle(.digit(4)) == .next)
        #expect(navigator.handle(.digit(9)) == .next, "out of the 1–5 scale: ignored")
        #expect(navigator.item == 2)
        #expect(navigator.progress.answers[0] == 4)
        #expect(navigator.progress.answers[1] == nil)
    }

    @Test func arrowsMoveTheHighlightWithinTheScale() {
        var navigator = AnswerNavigator(questionnaire: security, progress: AssessmentProgress(questionnaire: security))
        #expect(navigator.highlighted == 3)
        for _ in 0..<5 { _ = navigator.handle(.down) }
        #expect(navigator.highlighted == 5)
        _ = navigator.handle(.up)
        _ = navigator.handle(.confirm)
        #expect(navigator.progress.answers[0] == 4)
    }

    @Test func backChangesAnEarlierAnswer() {
        var navigator = AnswerNavigator(questionnaire: security, progress: AssessmentProgress(questionnaire: security))
        _ = navigator.handle(.digit(2))
        _ = navigator.handle(.digit(3))
        _ = navigator.handle(.back)
        #expect(navigator.item == 2)
        #expect(navigator.highlighted == 3, "the earlier answer is highlighted")
        _ = navigator.handle(.digit(5))
        #expect(navigator.progress.answers.prefix(2) == [2, 5])
    }

    @Test func resumesWhereItStoppedAndFinishes() {
        var saved = AssessmentProgress(questionnaire: security)
        for index in 0..<9 { saved.answers[index] = 3 }
        saved.position = 9
        var navigator = AnswerNavigator(questionnaire: security, progress: saved)
        #expect(navigator.item == 10)
        #expect(navigator.handle(.skip) == .finished)
        #expect(navigator.progress.answers.compactMap { $0 }.count == 9)
        #expect(navigator.handle(.quit) == .quit)
    }
}
