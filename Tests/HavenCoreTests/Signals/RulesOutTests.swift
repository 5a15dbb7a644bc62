import Foundation
import Testing
@testable import HavenCore

/// Rules that rule a label out (`rulesOut`): a question about a topic ("do you ever think about
/// having kids?") is not criticism, though every training line with its opening words was.
@Suite("Rules that rule a label out")
struct RulesOutTests {
    static let engine = try! SignalEngine.standard()

    @Test("A question about a topic is not criticism, though its learned score would pass", arguments: [
        "do you ever think about having kids?",
        "Do you ever listen to jazz when you work?",
        "do u ever think about moving to the coast",
        "do you ever think about your dad?",
        "Do you ever think about quitting?",
        "do you ever listen to podcasts?",
        "babe, do you ever think about moving abroad?",
    ])
    func topicQuestion(text: String) throws {
        let criticism = try #require(Self.engine.breakdown(of: text).first { $0.label == .criticism })
        // Without the counter these lines would be criticism: the test reads the ruling out, not a low score.
        #expect(criticism.learnedScore >= criticism.threshold, "\(text)")
        #expect(criticism.loweredBy == "counter.topic-question", "\(text)")
        #expect(criticism.score < criticism.threshold)
        let result = Self.engine.analyze(text)
        #expect(!result.labels.contains(.criticism), "\(text)")
        #expect((result.score(for: .criticism) ?? 1) < criticism.threshold)
    }

    @Test("The same opening about the partner, or passing a verdict, stays criticism", arguments: [
        "do you ever think about anyone but yourself?",
        "do you ever listen to a word I say?",
        "do u ever listen to urself",
        "Do you ever think about how your choices affect me?",
        "You drank the last of the coffee. Do you ever think about the next person?",
        "do you ever think about being less selfish?",
        "do you ever listen to your own advice?",
    ])
    func aboutThePartner(text: String) throws {
        #expect(Self.engine.analyze(text).labels.contains(.criticism), "\(text)")
        let criticism = try #require(Self.engine.breakdown(of: text).first { $0.label == .criticism })
        #expect(criticism.loweredBy == nil)
    }

    @Test("Beside a ruled-out question, the rest of the message decides: criticism when it is criticism on its own", arguments: [
        ("you never plan anything", true),
        ("What is wrong with you?", true),
        ("You clearly don't care.", false),
        ("honestly they're great", false),
        ("you'd be a great dad", false),
    ])
    func restOfTheMessage(rest: String, isCriticism: Bool) throws {
        try #require(Self.engine.analyze(rest).labels.contains(.criticism) == isCriticism, "the line alone reads as expected")
        let text = "do you ever think about having kids? " + rest
        let result = Self.engine.analyze(text)
        #expect(result.labels.contains(.criticism) == isCriticism, "\(text)")
        let criticism = try #require(Self.engine.breakdown(of: text).first { $0.label == .criticism })
        if isCriticism {
            #expect(criticism.loweredBy == nil && criticism.score == criticism.learnedScore)
        } else {
            #expect(criticism.score < criticism.threshold)
        }
    }

    @Test("A goodbye answering a calm turn is not stonewalling; after a complaint or an open question it is left to the model", arguments: [
        ("See you later.", "Bye."),
        ("Thank you for calling. Goodbye.", "Bye ."),
        ("All right, Julie.", "Bye."),
        ("Have fun.", "Bye."),
    ])
    func farewell(before: String, reply: String) throws {
        let calm = [Turn(speaker: "A", text: before)]
        #expect(!Self.engine.analyze(reply, speaker: "B", context: calm).labels.contains(.stonewalling), "\(reply)")
        let ruledOut = try #require(Self.engine.breakdown(of: reply, speaker: "B", context: calm).first { $0.label == .stonewalling })
        // Without the counter the learned words would make it stonewalling: the test reads the ruling out.
        #expect(ruledOut.learnedScore >= ruledOut.threshold, "\(reply)")
        #expect(ruledOut.loweredBy == "counter.farewell-reply")
        for pressing in ["you never listen to me, I'm sick of it!", "So are we going to your parents this weekend or not?"] {
            let stonewalling = try #require(Self.engine.breakdown(of: reply, speaker: "B", context: [Turn(speaker: "A", text: pressing)])
                .first { $0.label == .stonewalling })
            #expect(stonewalling.loweredBy == nil, "\(pressing)")
        }
    }

    @Test("A goodbye with no turns before it is left to the model")
    func farewellAlone() throws {
        let stonewalling = try #require(Self.engine.breakdown(of: "Bye.").first { $0.label == .stonewalling })
        #expect(stonewalling.loweredBy == nil)
    }

    @Test("'What's wrong with you?' followed by concern for health or mood is not criticism; alone or with a verdict it is", arguments: [
        ("What's wrong with you? You look pale.", false),
        ("Jenny, what's wrong with you? Why do you keep weeping like that?", false),
        ("What's the matter with you, then? You look miserable.", false),
        ("whats wrong with u? are u ok", false),
        ("What is wrong with you?", true),
        ("what is wrong with you? you look ridiculous", true),
        ("What is wrong with you? Are you stupid?", true),
        ("What's wrong with you? You look down on everyone.", true),
        ("What's wrong with you? Are you sick in the head?", true),
        ("What's wrong with you? You look tired because you never sleep, you always stay up gaming.", true),
    ])
    func concern(text: String, isCriticism: Bool) {
        #expect(Self.engine.analyze(text).labels.contains(.criticism) == isCriticism, "\(text)")
        if !isCriticism {
            #expect(Self.engine.breakdown(of: text).first { $0.label == .criticism }?.loweredBy == "counter.concern-question")
        }
    }

    @Test("A lowered score sits a thousandth under the threshold it is given; a score already under is left alone")
    func loweredScore() throws {
        let text = "do you ever think about having kids?"
        let breakdown = try #require(Self.engine.breakdown(of: text).first { $0.label == .criticism })
        #expect(abs(breakdown.score - (breakdown.threshold - SignalEngine.ruledOutMargin)) < 1e-9)
        let always = Self.engine.withThresholds([.criticism: 0])
        #expect(!always.analyze(text).labels.contains(.criticism))
        #expect(always.breakdown(of: text).first { $0.label == .criticism }?.loweredBy == "counter.topic-question")
        let strict = Self.engine.withThresholds([.criticism: 0.95])
        let kept = try #require(strict.breakdown(of: text).first { $0.label == .criticism })
        #expect(kept.loweredBy == nil && kept.score == kept.learnedScore)
    }

    @Test("A criticism rule later in the same sentence keeps criticism")
    func criticismLaterInTheSentence() throws {
        let text = "Do you ever think about money, because you never save a cent"
        #expect(Self.engine.analyze(text).labels.contains(.criticism))
        #expect(Self.engine.breakdown(of: text).first { $0.label == .criticism }?.loweredBy == nil)
    }

    @Test("The words that rule a label out cover a hit inside any of them, overlapping or not, in any order")
    func covers() {
        let spans = FeatureVector.SpanSet([
            RuleHit(rule: 0, firstToken: 20, lastToken: 22), RuleHit(rule: 0, firstToken: 5, lastToken: 9), RuleHit(rule: 0, firstToken: 2, lastToken: 12),
        ])
        #expect(spans.covers(RuleHit(rule: 1, firstToken: 10, lastToken: 11)), "inside the earlier, longer span")
        #expect(spans.covers(RuleHit(rule: 1, firstToken: 5, lastToken: 9)))
        #expect(spans.covers(RuleHit(rule: 1, firstToken: 21, lastToken: 22)))
        #expect(!spans.covers(RuleHit(rule: 1, firstToken: 11, lastToken: 13)), "runs past every span")
        #expect(!spans.covers(RuleHit(rule: 1, firstToken: 0, lastToken: 1)), "before every span")
        #expect(!spans.covers(RuleHit(rule: 1, firstToken: 14, lastToken: 15)), "between spans")
        #expect(!FeatureVector.SpanSet([]).covers(RuleHit(rule: 1, firstToken: 0, lastToken: 0)))
    }

    @Test("rulesOut must name labels the engine reports, other than the rule's own")
    func validation() throws {
        func compile(_ rule: String) throws -> CompiledRules {
            let json = #"{"classes": {}, "aliases": {}, "rules": [{"id": "c", "label": "criticism", "patterns": ["you never"]}, "# + rule + #"], "combos": []}"#
            return try CompiledRules(book: JSONDecoder().decode(RuleBook.self, from: Data(json.utf8)), valenceLexicon: "", profanityList: "")
        }
        let good = try compile(#"{"id": "t", "label": "counter", "patterns": ["do you ever think about"], "rulesOut": ["criticism", "contempt"]}"#)
        #expect(good.rulingOut.count == 1)
        #expect(good.rulingOut.first?.rule == 1)
        #expect(good.rulingOut.first?.labels == [SignalLabel.criticism, .contempt].compactMap { SignalLabel.ordered.firstIndex(of: $0) })
        #expect(throws: RuleBookError.rulesOutInvalidLabel(rule: "t", label: "complaint")) {
            try compile(#"{"id": "t", "label": "counter", "patterns": ["do you ever"], "rulesOut": ["complaint"]}"#)
        }
        #expect(throws: RuleBookError.rulesOutInvalidLabel(rule: "t", label: "criticism")) {
            try compile(#"{"id": "t", "label": "criticism", "patterns": ["do you ever"], "rulesOut": ["criticism"]}"#)
        }
        #expect(throws: RuleBookError.unknownRequirement(rule: "t", requires: "quiet")) {
            try compile(#"{"id": "t", "label": "counter", "patterns": ["bye"], "requires": "quiet", "rulesOut": ["stonewalling"]}"#)
        }
        #expect(try compile(#"{"id": "t", "label": "counter", "patterns": ["bye"], "requires": "calm", "rulesOut": ["stonewalling"]}"#).rulingOut.count == 1)
        #expect(throws: RuleBookError.rulesOutEmpty(rule: "t")) {
            try compile(#"{"id": "t", "label": "counter", "patterns": ["do you ever"], "rulesOut": []}"#)
        }
        #expect(try compile(#"{"id": "t", "label": "counter", "patterns": ["do you ever"]}"#).rulingOut.isEmpty)
    }
}
