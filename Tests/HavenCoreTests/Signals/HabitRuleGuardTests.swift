import Testing
@testable import HavenCore

/// "You always…" and "you never…" are criticism only when they pass a verdict; fond habits,
/// idioms and plain questions about habits are not.
@Suite("The always/never rules skip praise, idioms and questions about habits")
struct HabitRuleGuardTests {
    let engine = try! SignalEngine.standard()

    private func firedRules(_ text: String) -> Set<String> {
        engine.firedRules(text).intersection(["criticism.always", "criticism.never", "criticism.always-verdict", "criticism.never-care"])
    }

    @Test("Praise, idioms and fact questions fire neither rule", arguments: [
        "Do you always take the bus to work?",
        "do u always park on this street?",
        "You always know what to say.",
        "u always have my back",
        "u never let me down ❤️",
        "you never cease to amaze me",
        "You never give up, do you?",
        "ur never gonna believe who i saw",
        "you never ask for anything for yourself",
        "u always remember the small stuff",
        "You always make me laugh when I need it most.",
        "you always look out for your sister",
    ])
    func praiseAndQuestions(text: String) {
        #expect(firedRules(text).isEmpty, "\(text): \(firedRules(text))")
    }

    @Test("Verdicts still fire, also as rhetorical questions", arguments: [
        ("do you always have to be so loud?", "criticism.always"),
        ("you never know when to stop", "criticism.never"),
        ("you never let me finish", "criticism.never"),
        ("you always forget what I tell you", "criticism.always"),
    ])
    func verdicts(text: String, rule: String) {
        #expect(firedRules(text).contains(rule), "\(text)")
    }

    @Test("A fond habit excuses its own clause only, not a verdict beside it", arguments: [
        ("You never let me down at work. You always ignore me at home.", "criticism.always"),
        ("You never let me down at work, but you always ignore me at home.", "criticism.always"),
        ("You always know what to say to everyone else. But you never listen to me.", "criticism.never"),
    ])
    func fondHabitKeepsToItsClause(text: String, rule: String) {
        #expect(firedRules(text).contains(rule), "\(text): \(firedRules(text))")
    }

    @Test("A habit named with a word of verdict fires the verdict rule; a fond or plain habit does not")
    func habitWithVerdict() {
        #expect(firedRules("You always ignore me.").contains("criticism.always-verdict"))
        #expect(firedRules("ur always so rude to my mum").contains("criticism.always-verdict"))
        #expect(!firedRules("you always remember the little things").contains("criticism.always-verdict"))
        #expect(!firedRules("she always ignores me").contains("criticism.always-verdict"))
        #expect(!firedRules("you're not always rude").contains("criticism.always-verdict"))
    }

    @Test("Never doing a caring act is a verdict; the same words about someone else or in a fond habit are not")
    func neverCare() {
        #expect(firedRules("you never say sorry").contains("criticism.never-care"))
        #expect(firedRules("u never even ask about my day").contains("criticism.never-care"))
        #expect(!firedRules("he never says sorry").contains("criticism.never-care"))
        #expect(!firedRules("you never ask for anything for yourself").contains("criticism.never-care"))
        #expect(!firedRules("you never let me down").contains("criticism.never-care"))
    }
}
