import Foundation
import Testing
@testable import HavenCore

/// Rules that are enough for their label on their own (`definite`): the codebook's textbook
/// name-calling is reported whatever the learned words say, and play, self-talk, third parties
/// and warm words still leave it to the learned score.
@Suite("Definite rules")
struct DefiniteRuleTests {
    static let engine = try! SignalEngine.standard()

    @Test("Textbook name-calling said to the partner is contempt", arguments: [
        "You're so dumb.",
        "you're so stupid",
        "ur so dumb",
        "you idiot",
        "Honestly, you're so pathetic.",
    ])
    func textbookContempt(text: String) throws {
        let result = Self.engine.analyze(text)
        #expect(result.labels.contains(.contempt), "\(text)")
        let finding = try #require(result.findings.first { $0.label == .contempt })
        #expect(!finding.evidence.isEmpty)
        #expect(finding.rules.contains("contempt.name-calling"))
    }

    @Test("The same words as self-talk, about a third party, denied or said warmly are not raised", arguments: [
        "I'm so stupid",
        "my boss is such an idiot",
        "you're not stupid",
        "Come here, you big idiot! I'm so happy for you!",
        "she said you're such an idiot for lending him money",
    ])
    func notRaised(text: String) {
        #expect(!Self.engine.analyze(text).labels.contains(.contempt), "\(text)")
    }

    @Test("Name-calling beside a counter (laughter, warm words, a fond habit) is left to the learned score", arguments: [
        "you're so dumb 😂",
        "you're so dumb haha",
        "Come here, you big idiot! I'm so happy for you!",
        "you're so stupid, you never fail to make me laugh",
    ])
    func counterVetoes(text: String) throws {
        let contempt = try #require(Self.engine.breakdown(of: text).first { $0.label == .contempt })
        // The rule fires and the learned score is under the threshold: only the counter keeps it from being raised.
        #expect(contempt.parts.contains { $0.feature == "contempt.name-calling" })
        #expect(contempt.learnedScore < contempt.threshold)
        #expect(contempt.raisedBy == nil)
        #expect(!Self.engine.analyze(text).labels.contains(.contempt))
    }

    @Test("Textbook contempt the model does not learn (contempt.textbook) is reported with its words as evidence", arguments: [
        "you disgust me",
        "You make me sick.",
        "what an idiot you are",
        "shut up, idiot",
        "are you really that dumb?",
        "u disgust me fr",
    ])
    func unlearnedTextbook(text: String) throws {
        let result = Self.engine.analyze(text)
        let finding = try #require(result.findings.first { $0.label == .contempt }, "\(text)")
        #expect(finding.rules.contains("contempt.textbook"))
        #expect(!finding.evidence.isEmpty)
        let contempt = try #require(Self.engine.breakdown(of: text).first { $0.label == .contempt })
        #expect(contempt.raisedBy == "contempt.textbook")
        // The model has no feature for it: the message's features leave it out, though its words are evidence.
        let vector = try #require(Self.engine.features(of: text, speaker: nil, context: []))
        let rule = try #require(Self.engine.space.names.firstIndex(of: "contempt.textbook"))
        #expect(!vector.has(rule))
        #expect(vector.evidence(rule) != nil)
    }

    @Test("The same words denied, reported, warm, in play or after the other laughed are not raised", arguments: [
        "you don't disgust me",
        "he said you make me sick",
        "I'm so happy for you, you make me sick",
        "are you that dumb or what haha",
    ])
    func unlearnedVetoed(text: String) throws {
        // The words match the rule's patterns; only a guard or a counter keeps it from raising.
        let bare = text.replacingOccurrences(of: "don't ", with: "").replacingOccurrences(of: "he said ", with: "")
            .replacingOccurrences(of: "I'm so happy for you, ", with: "").replacingOccurrences(of: " haha", with: "")
        #expect(Self.engine.breakdown(of: bare).first { $0.label == .contempt }?.raisedBy == "contempt.textbook", "\(bare)")
        let contempt = try #require(Self.engine.breakdown(of: text).first { $0.label == .contempt })
        #expect(contempt.raisedBy == nil, "\(text)")
        #expect(!Self.engine.analyze(text).labels.contains(.contempt), "\(text)")
        let teasing = [Turn(speaker: "B", text: "hahaha i tripped on the cat 😂")]
        #expect(Self.engine.breakdown(of: bare, speaker: "A", context: teasing).first { $0.label == .contempt }?.raisedBy == nil)
    }

    @Test("Look-alikes the patterns leave alone: oneself, someone else, worry, a noisy thing, a question of fact", arguments: [
        "that guy disgusts me",
        "what an idiot I am",
        "what an idiot he is",
        "you make me sick with worry when you drive like that",
        "shut up stupid alarm",
        "are you always this dim in the mornings?",
        "Are you this tired every evening?",
    ])
    func unlearnedLookAlikes(text: String) throws {
        let contempt = try #require(Self.engine.breakdown(of: text).first { $0.label == .contempt })
        #expect(contempt.raisedBy == nil, "\(text)")
        #expect(!Self.engine.analyze(text).labels.contains(.contempt), "\(text)")
    }

    @Test("A threshold above 1 still means never; a threshold given to withThresholds is the one raised to")
    func givenThresholds() throws {
        let never = Self.engine.withThresholds([.contempt: 1.01]).analyze("You're so dumb.")
        #expect(!never.labels.contains(.contempt))
        #expect((never.score(for: .contempt) ?? 2) <= 1)
        let strict = Self.engine.withThresholds([.contempt: 0.9])
        let raised = strict.analyze("You're so dumb.")
        #expect(raised.labels.contains(.contempt))
        #expect(abs((raised.score(for: .contempt) ?? 0) - 0.9) < 0.001)
        #expect(strict.breakdown(of: "You're so dumb.").first { $0.label == .contempt }?.raisedBy == "contempt.name-calling")
    }

    @Test("Teasing after the other laughed is left to the learned score")
    func afterLaughter() throws {
        let context = [Turn(speaker: "B", text: "hahaha i just fell off the sofa 😂")]
        let breakdown = Self.engine.breakdown(of: "you're so dumb", speaker: "A", context: context)
        let contempt = try #require(breakdown.first { $0.label == .contempt })
        #expect(contempt.raisedBy == nil)
        #expect(contempt.score == contempt.learnedScore)
        let alone = try #require(Self.engine.breakdown(of: "you're so dumb").first { $0.label == .contempt })
        #expect(alone.raisedBy == "contempt.name-calling")
    }

    @Test("A raised score is exactly the threshold, and the breakdown says what raised it from where")
    func raisedToThreshold() throws {
        let breakdown = try #require(Self.engine.breakdown(of: "You're so dumb.").first { $0.label == .contempt })
        try #require(breakdown.raisedBy != nil, "the learned score of this line is under the threshold, so the test reads the raise")
        #expect(breakdown.learnedScore < breakdown.threshold)
        #expect(breakdown.score == breakdown.threshold)
        let score = try #require(Self.engine.analyze("You're so dumb.").score(for: .contempt))
        #expect(abs(score - breakdown.threshold) < 0.001)
        // A score the learned weights already put over the threshold is left as it is.
        let strong = try #require(Self.engine.breakdown(of: "you're such an idiot").first { $0.label == .contempt })
        #expect(strong.learnedScore >= strong.threshold)
        #expect(strong.raisedBy == nil && strong.score == strong.learnedScore)
    }

    @Test("A definite rule must report a label and name rules that exist")
    func validation() throws {
        func compile(_ rule: String) throws -> CompiledRules {
            let json = #"{"classes": {}, "aliases": {}, "rules": [{"id": "w", "label": "counter", "patterns": ["haha"]}, "# + rule + #"], "combos": []}"#
            return try CompiledRules(book: JSONDecoder().decode(RuleBook.self, from: Data(json.utf8)), valenceLexicon: "", profanityList: "")
        }
        let good = try compile(#"{"id": "d", "label": "contempt", "patterns": ["you idiot"], "definite": true, "definiteUnless": ["w", "ctx.other-laughed"]}"#)
        #expect(good.definite.count == 1)
        #expect(good.definite.first?.unless == [0])
        #expect(good.definite.first?.unlessOtherLaughed == true)
        #expect(throws: RuleBookError.definiteWithoutLabel(rule: "d", label: "complaint")) {
            try compile(#"{"id": "d", "label": "complaint", "patterns": ["you idiot"], "definite": true}"#)
        }
        #expect(throws: RuleBookError.unknownRule(referencedBy: "rule d's definiteUnless", name: "counter.nothing")) {
            try compile(#"{"id": "d", "label": "contempt", "patterns": ["you idiot"], "definite": true, "definiteUnless": ["counter.nothing"]}"#)
        }
        #expect(throws: RuleBookError.definiteUnlessWithoutDefinite(rule: "d")) {
            try compile(#"{"id": "d", "label": "contempt", "patterns": ["you idiot"], "definiteUnless": ["w"]}"#)
        }
        #expect(try compile(#"{"id": "d", "label": "contempt", "patterns": ["you idiot"]}"#).definite.isEmpty)
    }

    @Test("A rule the model does not learn must be definite or rule a label out, and only definiteUnless may name it")
    func unlearnedValidation() throws {
        func compile(_ rules: String, combos: String = "") throws -> CompiledRules {
            let json = #"{"classes": {}, "aliases": {}, "rules": ["# + rules + #"], "combos": ["# + combos + #"]}"#
            return try CompiledRules(book: JSONDecoder().decode(RuleBook.self, from: Data(json.utf8)), valenceLexicon: "", profanityList: "")
        }
        let unlearned = #"{"id": "u", "label": "contempt", "patterns": ["you disgust me"], "learned": false, "definite": true}"#
        #expect(try compile(unlearned).definite.count == 1)
        #expect(throws: RuleBookError.unlearnedRuleDoesNothing(rule: "u")) {
            try compile(#"{"id": "u", "label": "contempt", "patterns": ["you disgust me"], "learned": false}"#)
        }
        #expect(throws: RuleBookError.unlearnedRuleReferenced(rule: "u", by: "combo k")) {
            try compile(unlearned, combos: #"{"id": "k", "label": "contempt", "all": ["u", "msg.question"]}"#)
        }
        #expect(throws: RuleBookError.unlearnedRuleReferenced(rule: "u", by: "rule c's unless")) {
            try compile(unlearned + #", {"id": "c", "label": "criticism", "patterns": ["you never"], "unless": ["u"]}"#)
        }
        #expect(throws: RuleBookError.unlearnedRuleWeighted(rule: "u")) {
            try compile(#"{"id": "u", "label": "contempt", "patterns": ["you disgust me"], "learned": false, "definite": true, "prior": 2}"#)
        }
        #expect(throws: RuleBookError.unlearnedRuleWeighted(rule: "u")) {
            try compile(#"{"id": "u", "label": "contempt", "patterns": ["you disgust me"], "learned": false, "definite": true, "tension": true}"#)
        }
        let named = try compile(unlearned + #", {"id": "d", "label": "contempt", "patterns": ["you idiot"], "definite": true, "definiteUnless": ["u"]}"#)
        #expect(named.definite.count == 2)
        // The model starts and stays at 0 for it.
        let space = FeatureSpace(rules: named.rules, combos: [])
        #expect(space.priorWeight[0] == 0)
        #expect(space.priorWeight[1] == 3)
    }
}
