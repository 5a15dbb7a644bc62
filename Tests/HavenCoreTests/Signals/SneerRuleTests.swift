import Testing
@testable import HavenCore

/// Sarcasm and belittling that sneer at the partner's news, competence or body with no insult
/// word: mock awe, mock worry, "anyone with a brain", "not cut out for". Checked at rule level,
/// whatever the trained weights, beside sincere or self-directed uses of the same words.
@Suite("Sneers without an insult word")
struct SneerRuleTests {
    static let engine = try! SignalEngine.standard()

    @Test("A sneer at the partner fires its rule", arguments: [
        ("Oh, you're so sophisticated now.", "contempt.sarcasm"),
        ("honestly what would u do without me", "contempt.sarcasm"),
        ("Did you sleep through fourth grade or what?", "contempt.sarcasm"),
        ("Careful, you might grow a spine.", "contempt.sarcasm"),
        ("A tour guide. Big career move.", "contempt.sarcasm"),
        ("I'm sure the markets are trembling.", "contempt.sarcasm"),
        ("Should I fill out a form too?", "contempt.sarcasm"),
        ("Want me to draw you a map?", "contempt.sarcasm"),
        ("Oh, I'm sorry, Saint Teresa.", "contempt.sarcasm"),
        ("anyone with a brain could do this", "contempt.sarcasm"),
        ("Leave it to the grown ups, Sam.", "contempt.sarcasm"),
        ("Maybe you're just not cut out for this job.", "contempt.belittle"),
        ("ur opinion is kinda worthless here", "contempt.belittle"),
        ("Well, you did let yourself go.", "contempt.belittle"),
    ])
    func sneer(text: String, rule: String) {
        #expect(Self.engine.firedRules(text, answering: "I got the job!").contains(rule), "\(text)")
    }

    @Test("Sincere, self-directed or reported uses of the same words do not fire", arguments: [
        "I'm not cut out for night shifts, I think.",
        "She said you're not cut out for it, but I think you are.",
        "I would be lost without you.",
        "Let's leave it to the professionals, I can't fix a boiler either.",
        "It's not worthless, your opinion matters to me.",
        "I'm so impressed, you worked so hard for this!",
    ])
    func sincere(text: String) {
        let sneers: Set = ["contempt.sarcasm", "contempt.belittle"]
        let rules = Self.engine.firedRules(text, answering: "I got the job!")
        #expect(rules.isDisjoint(with: sneers), "\(text): \(rules)")
    }

    @Test("'So impressed' is warmth only when the speaker says it of themselves")
    func impressedIsWarmthOnlyInFirstPerson() {
        #expect(Self.engine.firedRules("I'm so impressed!", answering: "I ran my first 10k!").contains("counter.sincere-warmth"))
        #expect(!Self.engine.firedRules("we're all so impressed", answering: "I ran my first 10k!").contains("counter.sincere-warmth"))
    }
}
