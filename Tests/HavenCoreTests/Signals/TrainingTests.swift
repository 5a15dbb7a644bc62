import Foundation
import Testing
@testable import HavenCore

@Suite("Training: word terms, two-stage fit and thresholds under a false-alarm ceiling")
struct TrainingTests {
    /// An engine built from the shipped rules and lexicons with the given model.
    static func engine(model: LinearModel?) throws -> SignalEngine {
        let resources = try HavenResources()
        return try SignalEngine(
            rules: try resources.decode(RuleBook.self, "Signals/rules.json"),
            model: model,
            valenceLexicon: try resources.text("Lexicons/vader_lexicon.txt"),
            profanityList: try resources.text("Lexicons/profanity_wordlist.txt"))
    }

    /// A small set in which a made-up word ("blorptastic") marks contempt and nothing else does.
    static var examples: [TrainingExample] {
        let labels = Set(SignalLabel.allCases.map(\.rawValue))
        var examples: [TrainingExample] = []
        let contempt = ["you are so blorptastic", "blorptastic as ever, aren't you", "wow, blorptastic effort there",
                        "that was blorptastic of you", "you blorptastic mess", "so blorptastic today"]
        let plain = ["see you at six", "the train is late again", "can you grab milk", "I made pasta tonight",
                     "did you see the game", "my sister called earlier", "the weather is lovely", "let's go for a walk",
                     "I finished the report", "the cat knocked over a plant", "we need more coffee", "what time is the film"]
        for (i, text) in contempt.enumerated() {
            examples.append(TrainingExample(input: ClassificationInput(id: "c\(i)", text: text), labels: ["contempt"], weight: 1, labelledFor: labels))
        }
        for (i, text) in plain.enumerated() {
            examples.append(TrainingExample(input: ClassificationInput(id: "p\(i)", text: text), labels: [], weight: 1, labelledFor: labels))
        }
        return examples
    }

    @Test("A word used in enough examples becomes a term, and training twice gives the same model")
    func termsAreLearnedReproducibly() throws {
        let base = try Self.engine(model: nil)
        let trainer = ModelTrainer(engine: base, iterations: 200)
        let first = try trainer.train(Self.examples, provenance: "test").model
        let second = try trainer.train(Self.examples, provenance: "test").model
        let contempt = try #require(first.labels["contempt"])
        #expect((contempt.weights["w:blorptastic"] ?? 0) > 0.5)
        #expect(first.termNames.contains("w:blorptastic"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(first) == encoder.encode(second))
    }

    @Test("Criticism and contempt learn nothing from what the other's turn did on its own, only from the reply's words")
    func contemptIgnoresTheCueAlone() throws {
        let labels = Set(SignalLabel.allCases.map(\.rawValue))
        let news = [Turn(speaker: "B", text: "I finally finished the shelf!")]
        var examples = Self.examples.map { example in
            // Every contempt line now answers someone's news; the plain lines answer nothing.
            example.labels.isEmpty ? example : TrainingExample(
                input: ClassificationInput(id: example.input.id, text: example.input.text, speaker: "A", context: news),
                labels: example.labels, weight: 1, labelledFor: labels)
        }
        examples.append(TrainingExample(input: ClassificationInput(id: "n0", text: "so what", speaker: "A", context: news),
                                        labels: ["stonewalling"], weight: 1, labelledFor: labels))
        let model = try ModelTrainer(engine: try Self.engine(model: nil), iterations: 200).train(examples, provenance: "test").model
        #expect((model.labels["contempt"]?.weights["ctx.self"] ?? 0) == 0)
        #expect((model.labels["contempt"]?.weights["ctx.self&msg.positive"] ?? 0) == 0)
        #expect((model.labels["criticism"]?.weights["ctx.self"] ?? 0) == 0)
        #expect((model.labels["stonewalling"]?.weights["ctx.self"] ?? 0) != 0)
    }

    @Test("The learned term raises the score and points at its word")
    func learnedTermIsEvidence() throws {
        let model = try ModelTrainer(engine: try Self.engine(model: nil), iterations: 200).train(Self.examples, provenance: "test").model
        let trained = try Self.engine(model: model)
        let untrained = try Self.engine(model: nil)
        let text = "honestly you are blorptastic"
        let before = untrained.analyze(text).scores[.contempt] ?? 0
        let after = trained.analyze(text).scores[.contempt] ?? 0
        #expect(after > before + 0.2)
        if let finding = trained.analyze(text).findings.first(where: { $0.label == .contempt }) {
            #expect(finding.evidence.contains { $0.text.lowercased() == "blorptastic" })
        }
    }

    @Test("Without a ceiling each horseman takes its best-F1 threshold; with one the false alarms stay under it")
    func thresholdsRespectTheCeiling() {
        // Two labels over ten examples: 0–3 carry label 0, 4–5 carry label 1, 6–9 carry none.
        let scores: [[Double]] = [
            [0.9, 0.8, 0.7, 0.35, 0.1, 0.2, 0.75, 0.4, 0.1, 0.1],
            [0.1, 0.1, 0.1, 0.1, 0.9, 0.6, 0.1, 0.65, 0.5, 0.1],
        ]
        let truth: [[Bool]] = [
            (0..<10).map { $0 < 4 },
            (0..<10).map { $0 == 4 || $0 == 5 },
        ]
        let chooser = HorsemanThresholds(scores: scores, truth: truth, weights: Array(repeating: 1, count: 10))
        let free = chooser.choose(maximumFalseAlarms: 1)
        let strict = chooser.choose(maximumFalseAlarms: 0.25)
        let steps = { (thresholds: [Double]) in thresholds.map { t in HorsemanThresholds.grid.firstIndex { abs($0 - t) < 1e-9 }! } }
        #expect(chooser.falseAlarms(steps(free.thresholds)) > 0.25)
        #expect(chooser.falseAlarms(steps(strict.thresholds)) <= 0.25)
        #expect(zip(strict.thresholds, free.thresholds).allSatisfy { $0 >= $1 })
    }

    @Test("The chooser finds the best split of the false-alarm budget where stepping one threshold at a time does not")
    func refinementFindsTheBestSplit() {
        // Eight lines, two labels, no false alarm allowed. Raising one threshold a step at a time
        // ends at 0.46 / 0.36 (macro sum 0.95); 0.46 / 0.66 catches the same with more precision (1.17).
        let scores: [[Double]] = [
            [0.45, 0.9, 0.55, 0.35, 0.35, 0.75, 0.35, 0.1],
            [0.35, 0.35, 0.65, 0.9, 0.35, 0.55, 0.35, 0.45],
        ]
        let truth: [[Bool]] = [
            [false, false, true, false, false, true, false, true],
            [true, true, false, true, false, false, false, false],
        ]
        let chosen = HorsemanThresholds(scores: scores, truth: truth, weights: Array(repeating: 1, count: 8)).choose(maximumFalseAlarms: 0)
        #expect((0.46...0.55).contains(chosen.thresholds[0]) && (0.66...0.75).contains(chosen.thresholds[1]), "\(chosen.thresholds)")
        #expect(abs(chosen.f1.reduce(0, +) - 7.0 / 6.0) < 1e-9)
    }

    @Test("A clean line that two labels flag is cleared by raising both, which no single step can do")
    func refinementClearsALineTwoLabelsFlag() throws {
        // Line 0 carries no label but scores 0.75 and 0.55; raising either threshold alone saves
        // nothing, so a one-step walk stops over the ceiling.
        let scores: [[Double]] = [
            [0.75, 0.75, 0.75, 0.1, 0.45, 0.45],
            [0.55, 0.1, 0.45, 0.55, 0.65, 0.9],
        ]
        let truth: [[Bool]] = [
            [false, true, true, false, false, true],
            [false, false, false, true, false, false],
        ]
        let chooser = HorsemanThresholds(scores: scores, truth: truth, weights: Array(repeating: 1, count: 6))
        let chosen = chooser.choose(maximumFalseAlarms: 0)
        let steps = try chosen.thresholds.map { t in try #require(HorsemanThresholds.grid.firstIndex { abs($0 - t) < 1e-9 }) }
        #expect(chooser.falseAlarms(steps) == 0)
    }

    @Test("Where F1 is flat over a stretch of thresholds the chooser takes its middle, not an edge a small change in the scores could move")
    func flatStretchTakesItsMiddle() {
        // Four true lines scoring 0.6–0.9 and clean lines at 0.55 and 0.40: every threshold from
        // 0.56 to 0.60 gives F1 1; 0.55 and below let a clean line in, 0.61 and above lose one.
        let scores: [[Double]] = [[0.9, 0.8, 0.7, 0.6, 0.55, 0.40]]
        let truth: [[Bool]] = [[true, true, true, true, false, false]]
        let chosen = HorsemanThresholds(scores: scores, truth: truth, weights: Array(repeating: 1, count: 6)).choose(maximumFalseAlarms: 1)
        #expect(chosen.thresholds == [0.58])
        #expect(chosen.f1 == [1])
    }

    @Test("Thresholds are stored as round hundredths")
    func thresholdsAreRound() {
        #expect(HorsemanThresholds.grid.count == 51)
        #expect(HorsemanThresholds.grid.allSatisfy { "\($0)".count <= 4 })
    }

}
