import Testing
@testable import HavenCore

/// Textbook insults said straight to the partner: the rule that catches them, the everyday
/// uses of the same words it must leave alone, and the label the trained model gives them.
@Suite("Name-calling")
struct NameCallingTests {
    static let engine = try! SignalEngine.standard()

    @Test("An insult said straight to the partner fires the name-calling rule", arguments: [
        "you're so stupid",
        "you're such an idiot",
        "ur so dumb",
        "you're a complete idiot",
        "you are such a jerk",
        "you're being a total asshole about this",
        "Why would you do that? You idiot.",
        "shut up you idiot",
        "Honestly, you're so pathetic.",
    ])
    func fires(text: String) {
        #expect(Self.engine.firedRules(text).contains("contempt.name-calling"), "\(text)")
    }

    @Test("The same words aimed elsewhere, denied, reported or said fondly do not", arguments: [
        "I'm such an idiot, I left my keys at home",
        "you're not stupid, you were tired",
        "she said you're such an idiot for lending him money",
        "\"you're so stupid\" is the worst line in that film",
        "my boss is such an idiot",
        "ur so dumb i love u",
        "omg ur such a dork",
        "you fool me every single time with that face",
        "do you think I'm stupid?",
    ])
    func staysQuiet(text: String) {
        #expect(!Self.engine.firedRules(text).contains("contempt.name-calling"), "\(text)")
    }

    @Test("The trained model calls textbook name-calling contempt", arguments: [
        "you're so stupid",
        "you're such an idiot",
        "you're a complete idiot",
        "you are such a jerk",
    ])
    func labelledContempt(text: String) {
        #expect(Self.engine.analyze(text).labels.contains(.contempt), "\(text)")
    }
}
