import Foundation
import HavenCore

/// The logic of answering a questionnaire item by item, kept apart from the terminal so it can be
/// tested: move the highlight, answer by number, go back to change an answer, skip, quit.
struct AnswerNavigator {
    enum Key: Equatable {
        case up, down, back, confirm, skip, quit
        case digit(Int)
    }

    enum Outcome: Equatable {
        case next, finished, quit
    }

    let questionnaire: Questionnaire
    private(set) var progress: AssessmentProgress
    /// The answer value currently highlighted for the item at `progress.position`.
    private(set) var highlighted: Int

    init(questionnaire: Questionnaire, progress: AssessmentProgress) {
        self.questionnaire = questionnaire
        self.progress = progress
        self.progress.position = min(max(0, progress.position), questionnaire.itemCount - 1)
        highlighted = 0
        highlighted = defaultHighlight()
    }

    var item: Int { progress.position + 1 }
    var scale: ResponseScale { questionnaire.scale(forItem: item) }
    var answeredCount: Int { progress.answers.compactMap { $0 }.count }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .up:
            highlighted = max(scale.min, highlighted - 1)
        case .down:
            highlighted = min(scale.max, highlighted + 1)
        case .back:
            if progress.position > 0 { progress.position -= 1 }
            highlighted = defaultHighlight()
        case .confirm:
            return answer(highlighted)
        case let .digit(value):
            if scale.contains(value) { return answer(value) }
        case .skip:
            progress.answers[progress.position] = nil
            return advance()
        case .quit:
            return .quit
        }
        return .next
    }

    private mutating func answer(_ value: Int) -> Outcome {
        progress.answers[progress.position] = value
        return advance()
    }

    private mutating func advance() -> Outcome {
        if progress.position + 1 >= questionnaire.itemCount {
            return .finished
        }
        progress.position += 1
        highlighted = defaultHighlight()
        return .next
    }

    private func defaultHighlight() -> Int {
        progress.answers[progress.position] ?? Int(scale.midpoint.rounded(.down))
    }
}
