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

    /// Lines with no horseman, some of which score for one.
    static let clean = [
        "Oh no. Did you still make it in time?",
        "They look wonderful. How long did they take you?",
        "Sure, man. Meet you out front.",
        "can you grab milk on the way home",
        "Well done. Now they can't get rid of you.",
        "i'm so tired today, work was long",
    ]
    /// One line for each horseman: (text, context, label).
    static let carriers: [(String, [Turn], String)] = [
        ("you never help, you're so lazy", [], "criticism"),
        ("what is wrong with you, you always forget everything", [], "criticism"),
        ("you're pathetic. honestly a joke of a person", [], "contempt"),
        ("it's not my fault, nobody told me", [Turn(speaker: "B", text: "you forgot to pick up the kids again")], "defensiveness"),
        ("whatever. i don't want to talk about it", [Turn(speaker: "B", text: "can we talk about last night?")], "stonewalling"),
    ]

    func chooser(clean: [String]) -> HorsemanThresholdChooser {
        var chooser = HorsemanThresholdChooser(engine: engine)
        for text in clean { chooser.add(text, speaker: "A", context: [], labels: []) }
        for (text, context, label) in Self.carriers { chooser.add(text, speaker: "A", context: context, labels: [label]) }
        return chooser
    }

    @Test("With no false alarms allowed, the chosen thresholds flag none of the horseman-free lines")
    func ceilingHolds() throws {
        let chooser = chooser(clean: Self.clean)
        #expect(chooser.lineCount == Self.clean.count + Self.carriers.count)
        let highest = Self.clean.map { text in engine.horsemanScores(of: text, speaker: "A", context: []).max() ?? 0 }
        // The grid ends at 0.80: a horseman-free line scoring higher could not be left unflagged.
        try #require(highest.allSatisfy { $0 < 0.8 })
        // Under the model's own thresholds, at least one of them is a false alarm: the test has something to fix.
        try #require(Self.clean.contains { !engine.analyze($0, speaker: "A").labels.filter(\.isHorseman).isEmpty })

        let choice = try chooser.choose(maximumFalseAlarms: 0)
        #expect(Set(choice.thresholds.keys) == Set(SignalLabel.horsemen))
        #expect(choice.falseAlarms == 0)
        #expect(choice.meetsCeiling)
        let rechosen = engine.withThresholds(choice.thresholds)
        for text in Self.clean {
            #expect(rechosen.analyze(text, speaker: "A").labels.filter(\.isHorseman).isEmpty, "\(text)")
        }
        for (text, context, label) in Self.carriers where label == "criticism" {
            #expect(rechosen.analyze(text, speaker: "A", context: context).labels.contains(.criticism), "\(text)")
        }
    }

    @Test("A horseman-free line scoring above the grid cannot be left unflagged: the choice says it misses the ceiling")
    func ceilingOutOfReach() throws {
        let praise = "omg u made bread from scratch. ur a genius"
        try #require((engine.horsemanScores(of: praise, speaker: "A", context: []).max() ?? 0) > 0.8)
        let choice = try chooser(clean: Self.clean + [praise]).choose(maximumFalseAlarms: 0)
        #expect(!choice.meetsCeiling)
        #expect(abs(choice.falseAlarms - 1 / Double(Self.clean.count + 1)) < 1e-9)
    }

    @Test("No lines, or no line carrying one of the horsemen, is an error that names it")
    func nothingToChooseOn() {
        #expect(throws: ThresholdChoiceError.noLines) { try HorsemanThresholdChooser(engine: engine).choose(maximumFalseAlarms: 0.03) }
        var chooser = HorsemanThresholdChooser(engine: engine)
        for (text, context, label) in Self.carriers where label != "stonewalling" {
            chooser.add(text, speaker: "A", context: context, labels: [label])
        }
        #expect(throws: ThresholdChoiceError.labelNeverTrue(.stonewalling)) { try chooser.choose(maximumFalseAlarms: 0.03) }
        #expect(ThresholdChoiceError.labelNeverTrue(.stonewalling).description.contains("\"stonewalling\""))
    }

    @Test("A line the engine cannot read (not English) counts with zero scores")
    func unsupportedLanguage() {
        #expect(engine.horsemanScores(of: "je ne sais pas pourquoi tu fais toujours ça", speaker: nil, context: []) == [0, 0, 0, 0])
    }
}
