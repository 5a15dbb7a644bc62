import Testing
@testable import HavenCore

@Suite("Word terms at a sentence's edges: a sentence's first word and a question's last word")
struct SentenceEdgeTermTests {
    /// The term names that fire for a message in an engine that knows `terms`.
    private func firing(_ text: String, terms: [String]) throws -> Set<String> {
        let engine = try TrainingTests.engine(model: nil).withTerms(terms)
        let vector = engine.featureVector(for: ClassificationInput(id: "t", text: text))
        let space = engine.space
        return Set(vector.indices[vector.termOffset...].map { space.names[$0] })
    }

    @Test("A sentence-start term fires for the first word of each sentence and nowhere else")
    func sentenceStart() throws {
        let terms = ["w:^ wow"]
        #expect(try firing("Wow, you did it.", terms: terms) == ["w:^ wow"])
        #expect(try firing("That was fine. Wow.", terms: terms) == ["w:^ wow"])
        #expect(try firing("I said wow", terms: terms).isEmpty)
        #expect(try firing("and then, wow, it broke", terms: terms).isEmpty)
    }

    @Test("A question-end term fires for the last word of a question only")
    func questionEnd() throws {
        let terms = ["w:again ?"]
        #expect(try firing("You lost them again?", terms: terms) == ["w:again ?"])
        #expect(try firing("again? really", terms: terms) == ["w:again ?"])
        #expect(try firing("You lost them again.", terms: terms).isEmpty)
        #expect(try firing("Again, why?", terms: terms).isEmpty)
    }

    @Test("Edge terms skip words in closed quotation marks, like the other terms")
    func quotedWordsAreNotTerms() throws {
        #expect(try firing("She wrote \"Wow. Nice.\" on it", terms: ["w:^ wow"]).isEmpty)
    }

    @Test("Training chooses edge terms from examples, and an edge marker alone is never evidence")
    func selection() throws {
        let engine = try TrainingTests.engine(model: nil)
        let texts = ["Blorp, you did it again?", "blorp that was late again?", "Blorp. Nice try again?", "fine by me"]
        let labels = Set(SignalLabel.allCases.map(\.rawValue))
        let examples = texts.enumerated().map { i, text in
            TrainingExample(input: ClassificationInput(id: "e\(i)", text: text), labels: [], weight: 1, labelledFor: labels)
        }
        let chosen = TermSelection(minimumExamples: 3).terms(for: examples, engine: engine).terms
        #expect(chosen.contains("w:^ blorp"))
        #expect(chosen.contains("w:again ?"))
        #expect(!chosen.contains("w:^ fine"))
        let terms = LexicalTerms(names: ["w:^ blorp", "w:again ?"], commonWords: ["again"],
                                 vocabulary: try engine.withTerms(["w:^ blorp", "w:again ?"]).compiled.vocabulary)
        #expect(terms.canBeEvidence == [true, false])
    }
}
