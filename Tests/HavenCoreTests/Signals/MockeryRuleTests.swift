import Testing
@testable import HavenCore

/// Rules for mockery that carries no insult word: a child's reward for a small feat, a mocking
/// title, and a comparison that ranks the partner below ordinary people. Checked at rule level,
/// whatever the trained weights, with the everyday uses of the same words that must not fire.
@Suite("Mock rewards, mocking titles and put-down comparisons")
struct MockeryRuleTests {
    static let engine = try! SignalEngine.standard()

    /// The rules and combos that fire for a message, answering `turn` when one is given.
    private func fired(_ text: String, after turn: String? = nil) -> Set<String> {
        Self.engine.firedRules(text, answering: turn)
    }

    @Test("Mockery without an insult word fires its rule", arguments: [
        ("You emptied the dishwasher. Do you want a sticker?", "contempt.mock-reward"),
        ("oh wow u booked a table. all by urself??", "contempt.mock-reward"),
        ("A whole salad. Should I clear a shelf for your cooking award?", "contempt.mock-reward"),
        ("Who made you the laundry police?", "contempt.mock-title"),
        ("Thanks, Captain Obvious.", "contempt.mock-title"),
        ("ok mum, I'll wear a coat", "contempt.mock-title"),
        ("Try turning up on time, like an adult.", "contempt.put-down-comparison"),
        ("Some of us actually have jobs, Dan.", "contempt.put-down-comparison"),
        ("you drive like a lost tourist", "contempt.put-down-comparison"),
        ("That's lazy, even for you.", "contempt.put-down-comparison"),
        ("what would you know about saving money", "contempt.put-down-comparison"),
        ("ur a lost cause honestly", "contempt.insult"),
    ])
    func mockery(text: String, rule: String) {
        #expect(fired(text).contains(rule), "\(text): \(fired(text))")
    }

    @Test("Everyday uses of the same words do not fire", arguments: [
        "I'll call the police if he comes back.",
        "She works for the transport police now.",
        "I'm not so proud of how I handled it.",
        "My mum said thanks for the flowers.",
        "He thinks he's a great cook.",
        "The kids drive like maniacs in that game lol",
        "She said normal people don't text at 3am.",
    ])
    func everyday(text: String) {
        let rules = fired(text)
        let mockery: Set = ["contempt.mock-reward", "contempt.mock-title", "contempt.put-down-comparison"]
        #expect(rules.isDisjoint(with: mockery), "\(text): \(rules)")
    }
}
