import Testing
@testable import HavenCore

/// Refusals to engage written without the stock phrases: declining the topic ("I'm not fighting
/// about my own family"), asking to be done, putting the complaint off on one's own terms, and
/// drowning it out. Checked at rule level, whatever the trained weights.
@Suite("Refusals to engage beyond the stock phrases")
struct RefusalRuleTests {
    static let engine = try! SignalEngine.standard()
    static let complaint = "You said you'd sort the car insurance last week and it runs out tomorrow."

    /// The rules and combos that fire for a message, answering `turn` when one is given.
    private func fired(_ text: String, after turn: String = complaint) -> Set<String> {
        Self.engine.firedRules(text, answering: turn)
    }

    @Test("Declining the topic, asking to be done and putting it off refuse the complaint", arguments: [
        "I'm not arguing about insurance at ten at night.",
        "im not explaining myself again",
        "Can we be done? I'm shattered.",
        "ill do it when i do it",
        "La la la, can't hear you.",
        "I'm not being lectured about paperwork by you.",
        "You know why.",
        "im not doing the insurance thing tonight",
    ])
    func refusals(text: String) {
        #expect(fired(text).contains("stonewalling.refuse"), "\(text): \(fired(text))")
    }

    @Test("The same words taking part in the talk do not refuse it", arguments: [
        "I'm not fighting, I'm just tired. Can I do it at lunch tomorrow?",
        "You know why I love Sundays? No alarms.",
        "I'll do it when I get home, promise, it's the first thing on my list.",
        "She said I'm not being lectured by anyone.",
    ])
    func engaging(text: String) {
        #expect(!fired(text).contains("stonewalling.refuse"), "\(text): \(fired(text))")
    }

    @Test("Giving in to a request about noise is not shutting the other out, putting headphones on to do so is", arguments: [
        ("ok ok headphones on. sorry", false),
        ("my bad, headphones on", false),
        ("*puts headphones on*", true),
        ("putting my headphones on. we're done", true),
    ])
    func headphones(text: String, refuses: Bool) {
        let turn = "ur playing ur music too loud again"
        #expect(fired(text, after: turn).contains("stonewalling.refuse") == refuses, "\(text): \(fired(text, after: turn))")
    }

    @Test("A break that names where the talk goes on is a break with a return", arguments: [
        "I need a minute. Can we talk in the car?",
        "i need some space rn, lets talk on the way home",
    ])
    func breakWithAPlace(text: String) {
        #expect(fired(text).contains("repair.break-with-return"), "\(text): \(fired(text))")
    }

    @Test("\"Yep and?\" brushes off; \"yep and milk\" answers", arguments: [
        ("yep and?", true),
        ("yep and milk", false),
        ("yup and the eggs", false),
    ])
    func yepAnd(text: String, dismisses: Bool) {
        #expect(fired(text).contains("stonewalling.dismiss") == dismisses, "\(text): \(fired(text))")
    }
}
