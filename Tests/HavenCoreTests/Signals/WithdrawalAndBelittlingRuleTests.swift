import Testing
@testable import HavenCore

/// Rules added for forms the writers used and the engine missed (withdrawal written as a stage
/// direction, belittling without an insult word, loaded questions about habits) and the counters
/// the model weighs against mock praise and fending off. Checked at rule level, whatever the
/// trained weights.
@Suite("Stage-direction withdrawal, belittling, loaded questions and their counters")
struct WithdrawalAndBelittlingRuleTests {
    static let engine = try! SignalEngine.standard()

    /// The rules and combos that fire for a message, answering `turn` when one is given.
    private func fired(_ text: String, after turn: String? = nil) -> Set<String> {
        Self.engine.firedRules(text, answering: turn)
    }

    static let complaint = "You left the back door unlocked again last night."

    @Test("Turning away in a stage direction is withdrawal after a complaint", arguments: [
        "Okay. (puts his earbuds in)",
        "Mm-hm. (keeps typing)",
        "(doesn't look up from the screen)",
        "Wow. Okay. (walks off)",
        "Now is not the time.",
    ])
    func stageDirections(text: String) {
        let rules = fired(text, after: Self.complaint)
        #expect(rules.contains("stonewalling.exit"), "\(text): \(rules)")
    }

    @Test("The same verbs with a subject, or with nothing to withdraw from, are not withdrawal", arguments: [
        ("the dog keeps eating the door stopper so it swings open", complaint),
        ("It's not the time of year for burglars.", complaint),
        ("he keeps eating my fries lol", "how was lunch with your brother?"),
    ])
    func notStageDirections(text: String, turn: String) {
        #expect(!fired(text, after: turn).contains("stonewalling.exit"), "\(text)")
    }

    @Test("Belittling and mocked incredulity without an insult word", arguments: [
        ("I can't believe I have to explain to a grown adult that heaters cost money.", "contempt.belittle"),
        ("Leave it to people who know what they're doing.", "contempt.belittle"),
        ("how did you even manage to burn toast", "contempt.sarcasm"),
        ("You? Ask for a raise? This I gotta see.", "contempt.sarcasm"),
    ])
    func belittling(text: String, rule: String) {
        #expect(fired(text).contains(rule), "\(text)")
    }

    @Test("How-to questions, offers and remarks about others are not belittling", arguments: [
        "how do you burn calories fastest?",
        "how do you break in new hiking boots?",
        "my nephew could use your old bike",
        "Classic! I love that movie",
        "cant wait to watch the finale with you tonight",
    ])
    func notBelittling(text: String) {
        let rules = fired(text)
        #expect(!rules.contains("contempt.belittle") && !rules.contains("contempt.sarcasm"), "\(text): \(rules)")
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

    @Test("Praise said with an eye-roll is not marked sincere")
    func eyeRollPraise() {
        #expect(!fired("oh I'm so impressed 🙄").contains("counter.sincere-warmth"))
    }

    @Test("Loaded questions about habits pass a verdict; questions of fact do not", arguments: [
        ("Are you always this rude?", true),
        ("are you always this manipulative?", true),
        ("are you always like this?", true),
        ("Do you always ignore my texts?", true),
        ("are you always this busy in december?", false),
        ("are you always this cold in the mornings?", false),
        ("do you always like this song?", false),
        ("Do you always take the bus to work?", false),
    ])
    func loadedQuestions(text: String, loaded: Bool) {
        let rules = fired(text)
        let verdict = rules.contains("criticism.always") || rules.contains("criticism.trait")
        #expect(verdict == loaded, "\(text): \(rules)")
        #expect(rules.contains("counter.fact-question") == !loaded, "\(text): \(rules)")
    }

    @Test("\"Have to\" makes a question rhetorical only within one sentence")
    func haveToStaysInItsSentence() {
        #expect(fired("do you always have to shout?").contains("criticism.always"))
        #expect(fired("Do you always take the bus, or do you have? To work, I mean.").contains("counter.fact-question"))
    }

    @Test("A combo does not count once its rule is cancelled")
    func comboFollowsItsRules() {
        let rules = fired("you always know what to say")
        #expect(!rules.contains("criticism.always"))
        #expect(!rules.contains("criticism.global+not-positive"))
        #expect(fired("you always leave the door open").contains("criticism.global+not-positive"))
    }

    @Test("\"Again\" that looks forward is not a complaint, in the message or as context")
    func gladAgain() {
        #expect(!fired("see you again soon!").contains("complaint.again"))
        #expect(fired("you left the door open again").contains("complaint.again"))
        let turn = Self.engine.summarize(Turn(speaker: "B", text: "Lovely dinner, see you again soon!"))
        #expect(!turn.isComplaint)
    }

    @Test("\"I didn't realise it hurt you\" owns a part; \"I didn't realise I needed your permission\" does not")
    func didNotRealise() {
        #expect(fired("I am sorry, I did not realize it hurt you.").contains("repair.own-part"))
        #expect(!fired("I didn't realise I needed your permission").contains("repair.own-part"))
    }

    @Test("A brush-off refuses the turn it answers: 'Okay.' after a calm remark is no refusal, even with a quarrel two turns back")
    func brushOffAnswersTheLastTurn() {
        let quarrel = [Turn(speaker: "B", text: "You never listen to me, you're so selfish."),
                       Turn(speaker: "A", text: "I'm sorry, you're right."),
                       Turn(speaker: "B", text: "Dinner is at seven, by the way.")]
        #expect(!Self.engine.firedRules("Okay.", context: quarrel).contains("stonewalling.dismiss"))
        let stillTense = [Turn(speaker: "B", text: "You never listen to me, you're so selfish.")]
        #expect(Self.engine.firedRules("Okay.", context: stillTense).contains("stonewalling.dismiss"))
    }
}

