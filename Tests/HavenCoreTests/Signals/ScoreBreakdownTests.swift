import Foundation
import Testing
@testable import HavenCore

@Suite("Score breakdowns explain every score")
struct ScoreBreakdownTests {
    let engine = try! SignalEngine.standard()
    static let complaint = [Turn(speaker: "B", text: "you forgot to pick up the kids again")]

    @Test("The parts add up to the score analyze gives", arguments: [
        ("you never listen to me", [Turn]()),
        ("it's not my fault, nobody told me", complaint),
        ("thank you so much for dinner, you're amazing", []),
        ("i was busy, i had to work late", [Turn(speaker: "B", text: "how was your day?")]),
    ])
    func partsAddUp(text: String, context: [Turn]) {
        let result = engine.analyze(text, speaker: "A", context: context)
        let breakdowns = engine.breakdown(of: text, speaker: "A", context: context)
        #expect(breakdowns.map(\.label) == SignalLabel.allCases)
        for b in breakdowns {
            let logit = b.bias + b.parts.reduce(0) { $0 + $1.contribution }
            #expect(abs(1 / (1 + exp(-logit)) - b.score) < 1e-9)
            #expect(abs(b.score - (result.scores[b.label] ?? -1)) < 0.0006, "\(b.label)")
            #expect(zip(b.parts, b.parts.dropFirst()).allSatisfy { abs($0.contribution) >= abs($1.contribution) })
            #expect(b.parts.allSatisfy { $0.contribution != 0 })
        }
    }

    @Test("The rule that found criticism is among its parts, pushing the score up")
    func firedRuleIsAPart() throws {
        let criticism = try #require(engine.breakdown(of: "you never help with anything").first { $0.label == .criticism })
        let part = try #require(criticism.parts.first { $0.feature == "criticism.never" })
        #expect(part.value == 1)
        #expect(part.weight > 0)
        #expect(criticism.score >= criticism.threshold)
    }

    @Test("Context shows up as its own parts")
    func contextParts() throws {
        let defensiveness = try #require(engine.breakdown(of: "it's not my fault, nobody told me", speaker: "A", context: Self.complaint)
            .first { $0.label == .defensiveness })
        #expect(defensiveness.parts.contains { $0.feature.hasPrefix("ctx.") })
    }

    @Test("After a calm question, learned words count for other labels but not for defensiveness")
    func calmQuestionDropsDefensivenessWords() throws {
        let reply = "i was busy, i had to work late"
        let calm = engine.breakdown(of: reply, speaker: "A", context: [Turn(speaker: "B", text: "how was your day?")])
        let afterComplaint = engine.breakdown(of: reply, speaker: "A", context: Self.complaint)
        let calmDefensiveness = try #require(calm.first { $0.label == .defensiveness })
        let pointedDefensiveness = try #require(afterComplaint.first { $0.label == .defensiveness })
        #expect(!calmDefensiveness.parts.contains { $0.feature.hasPrefix("w:") })
        #expect(pointedDefensiveness.parts.contains { $0.feature.hasPrefix("w:") })
        #expect(calm.contains { $0.label != .defensiveness && $0.parts.contains { $0.feature.hasPrefix("w:") } })
    }

    @Test("A message not in English has no breakdown")
    func unsupportedLanguage() {
        #expect(engine.breakdown(of: "je ne sais pas pourquoi tu fais toujours ça").isEmpty)
    }
}
