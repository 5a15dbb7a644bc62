import Foundation
import Testing
@testable import HavenCore

@Suite("Choosing the horsemen's thresholds on other labelled lines")
struct ThresholdChoiceTests {
    let engine = try! SignalEngine.standard()

    @Test("withThresholds changes only the labels it names, and leaves the engine it came from alone")
    func replacedThresholds() {
        let text = "you never help, you're so lazy"
        #expect(engine.analyze(text).labels.contains(.criticism))
        let strict = engine.withThresholds([.criticism: 1.01])
        #expect(!strict.analyze(text).labels.contains(.criticism))
        #expect(strict.thresholds[.criticism] == 1.01)
        for label in SignalLabel.allCases where label != .criticism {
            #expect(strict.thresholds[label] == engine.thresholds[label], "\(label)")
        }
        // Scores do not depend on thresholds.
        #expect(strict.analyze(text).scores == engine.analyze(text).scores)
        #expect(engine.analyze(text).labels.contains(.criticism))
    }

    /// Lines with no horseman, some of which score for one, and lines that carry one.
    static let clean = [
        "Oh no. Did you still make it in time?",
        "They look wonderful. How long did they take you?",
        "Sure, man. Meet you out front.",
        "can you grab milk on the way home",
        "Well done. Now they can't get rid of you.",
        "i'm so tired today, work was long",
    ]
    static let criticism = ["you never help, you're so lazy", "what is wrong with you, you always forget everything"]

    @Test("With no false alarms allowed, the chosen thresholds flag none of the horseman-free lines")
    func ceilingHolds() throws {
        var chooser = HorsemanThresholdChooser(engine: engine)
        for text in Self.clean { chooser.add(text, speaker: "A", context: [], labels: []) }
        for text in Self.criticism { chooser.add(text, speaker: "A", context: [], labels: ["criticism"]) }
        #expect(chooser.lineCount == Self.clean.count + Self.criticism.count)
        let highest = Self.clean.map { text in engine.horsemanScores(of: text, speaker: "A", context: []).max() ?? 0 }
        // The grid ends at 0.80: a horseman-free line scoring higher could not be left unflagged.
        try #require(highest.allSatisfy { $0 < 0.8 })
        // Under the model's own thresholds, at least one of them is a false alarm: the test has something to fix.
        try #require(Self.clean.contains { !engine.analyze($0, speaker: "A").labels.filter(\.isHorseman).isEmpty })

        let chosen = chooser.choose(maximumFalseAlarms: 0)
        #expect(Set(chosen.keys) == Set(SignalLabel.horsemen))
        #expect(chosen.values.allSatisfy { (0.3...0.8).contains($0) })
        let rechosen = engine.withThresholds(chosen)
        for text in Self.clean {
            #expect(rechosen.analyze(text, speaker: "A").labels.filter(\.isHorseman).isEmpty, "\(text)")
        }
        for text in Self.criticism {
            #expect(rechosen.analyze(text, speaker: "A").labels.contains(.criticism), "\(text)")
        }
    }

    @Test("A line the engine cannot read (not English) counts with zero scores")
    func unsupportedLanguage() {
        #expect(engine.horsemanScores(of: "je ne sais pas pourquoi tu fais toujours ça", speaker: nil, context: []) == [0, 0, 0, 0])
    }
}
