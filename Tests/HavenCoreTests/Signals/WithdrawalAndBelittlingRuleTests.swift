import Testing
@testable import HavenCore

/// Rules added for forms the writers used and the engine missed: withdrawal written as a stage
/// direction, belittling without an insult word, and the marks of sincere praise and of a fair
/// correction (counter features the model weighs against mockery and defensiveness).
@Suite("Stage-direction withdrawal, belittling and the counters to mock praise and fending off")
struct WithdrawalAndBelittlingRuleTests {
    let engine = try! SignalEngine.standard()

    /// The rule features that fire for a message, read from the breakdown of every label.
    private func fired(_ text: String, after turn: String? = nil) -> Set<String> {
        let context = turn.map { [Turn(speaker: "B", text: $0)] } ?? []
        let parts = engine.breakdown(of: text, speaker: "A", context: context).flatMap(\.parts)
        return Set(parts.map(\.feature))
    }

    @Test("Turning away in a stage direction is withdrawal after a complaint", arguments: [
        "Okay. (puts his earbuds in)",
        "Mm-hm. (keeps typing)",
        "(doesn't look up from the screen)",
        "Wow. Okay. (walks off)",
        "Now is really not the time.",
    ])
    func stageDirections(text: String) {
        let rules = fired(text, after: "You left the back door unlocked again last night.")
        #expect(rules.contains { $0.hasPrefix("stonewalling.exit") }, "\(text): \(rules)")
    }

    @Test("The same words with nothing to withdraw from fire no withdrawal rule")
    func stageDirectionWithoutTension() {
        let rules = fired("he keeps eating my fries lol", after: "how was lunch with your brother?")
        #expect(!rules.contains { $0.hasPrefix("stonewalling") }, "\(rules)")
    }

    @Test("Belittling without an insult word", arguments: [
        ("I can't believe I have to explain to a grown adult that heaters cost money.", "contempt.belittle"),
        ("try not to kill anybody", "contempt.belittle"),
        ("a toddler could do it faster", "contempt.belittle"),
        ("how do u burn toast. its one button", "contempt.sarcasm"),
        ("You? Ask for a raise? This I gotta see.", "contempt.sarcasm"),
    ])
    func belittling(text: String, rule: String) {
        #expect(fired(text).contains(rule), "\(text)")
    }

    @Test("Asking how something works is not mocked incredulity")
    func plainHowQuestion() {
        #expect(!fired("how do you make the sauce so thick?").contains("contempt.sarcasm"))
    }

    @Test("Sincere follow-ups and offers to put it right are marked", arguments: [
        ("You're a genius. I'm so impressed.", "counter.sincere-warmth"),
        ("Oh, you should. You'd be great at it.", "counter.sincere-warmth"),
        ("I did pay it on the 2nd. I've got the receipt, I'll call them.", "counter.offer-to-fix"),
        ("wasnt me but ill still help clean it", "counter.offer-to-fix"),
    ])
    func counters(text: String, rule: String) {
        #expect(fired(text).contains(rule), "\(text)")
    }

    @Test("Loaded questions about habits pass a verdict; questions of fact do not", arguments: [
        ("Are you always this rude?", true),
        ("are you always like this?", true),
        ("Do you always lie to me?", true),
        ("are you always this busy in december?", false),
        ("are you always this tired after night shifts?", false),
        ("Do you always take the bus to work?", false),
    ])
    func loadedQuestions(text: String, loaded: Bool) {
        let rules = fired(text)
        let verdict = rules.contains("criticism.always") || rules.contains("criticism.trait")
        #expect(verdict == loaded, "\(text): \(rules)")
        #expect(rules.contains("counter.fact-question") == !loaded, "\(text): \(rules)")
    }

    @Test("\"Again\" that looks forward is not a complaint")
    func gladAgain() {
        #expect(!fired("see you again soon!").contains("complaint.action"))
        #expect(fired("you left the door open again").contains("complaint.action"))
    }
}
