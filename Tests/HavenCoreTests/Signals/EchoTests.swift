import Testing
@testable import HavenCore

@Suite("Echoes: replies that repeat the other person's words back at them")
struct EchoTests {
    /// Whether a measure is active for a reply by A to B's turn.
    static func measures(_ reply: String, after turn: String, by speaker: String = "B") throws -> (quote: Bool, fragment: Bool) {
        let engine = try SignalEngine.standard()
        let input = ClassificationInput(id: "t", text: reply, speaker: "A", context: [Turn(speaker: speaker, text: turn)])
        let vector = engine.featureVector(for: input)
        return (vector.has(engine.space.index(of: .echoQuote)), vector.has(engine.space.index(of: .echoFragment)))
    }

    @Test("Quoting the other's own words back is an echo; quoting other words is not")
    func quotedEcho() throws {
        #expect(try EchoTests.measures("\"tried\" lol. ok", after: "i tried but the website kept crashing").quote)
        #expect(try EchoTests.measures("Oh, “might not.” Well, that changes everything.", after: "I didn't say that! I said we might not.").quote)
        #expect(try !EchoTests.measures("\"tried\" lol. ok", after: "the website kept crashing").quote)
        #expect(try !EchoTests.measures("she said \"whatever\" and left", after: "how was lunch with your sister?").quote)
    }

    @Test("Opening with a bare fragment of what they said is an echo; a new opening or a bare answer is not")
    func fragmentEcho() throws {
        #expect(try EchoTests.measures("The marathon. You. The man who takes the lift to the first floor.",
                                       after: "So I signed up for the marathon in April.").fragment)
        #expect(try EchoTests.measures("oh a meeting. very important business", after: "i have a meeting till 3:30 sorry").fragment)
        // A line break closes a chat sentence as a full stop does.
        #expect(try EchoTests.measures("inbox zero\nsome of us have actual jobs", after: "finally got to inbox zero").fragment)
        #expect(try !EchoTests.measures("Again? That's the third time this month.", after: "I got a parking ticket.").fragment)
        // The whole reply being the fragment is an answer ("Blue." after "red or blue?").
        #expect(try !EchoTests.measures("the marathon", after: "guess what I signed up for, the marathon or the fun run?").fragment)
        #expect(try !EchoTests.measures("The marathon.", after: "guess what I signed up for, the marathon or the fun run?").fragment)
        // Everyday words the other happened to use are no fragment: "All right." after "we're all…".
        #expect(try !EchoTests.measures("All right. Chandler, you can spin the wheel.", after: "Come on, I think we're all losers here.").fragment)
        #expect(try !EchoTests.measures("Yes, that. Then we can go.", after: "Do you mean that one? Yes?").fragment)
        // Words outside the model's vocabulary are compared too.
        #expect(try EchoTests.measures("Zumbathon. Right. Good luck.", after: "I signed up for the zumbathon").fragment)
    }

    @Test("Replies that open with punctuation, quotes or emoji, or have no words, get the echoes they have", arguments: [
        ("!!! marathon. lol", false, true),
        ("... the marathon. again", false, true),
        ("?", false, false),
        ("\"\"", false, false),
        ("“marathon” lol", true, false),
        ("😂. marathon. sure", false, true),
        ("", false, false),
    ])
    func oddOpenings(reply: String, quote: Bool, fragment: Bool) throws {
        let echo = try EchoTests.measures(reply, after: "I signed up for the marathon")
        #expect(echo.quote == quote)
        #expect(echo.fragment == fragment)
    }

    @Test("Repeating one's own earlier words is no echo of the other person")
    func ownWordsAreNoEcho() throws {
        let echo = try EchoTests.measures("\"tried\" lol. ok", after: "i tried but the website kept crashing", by: "A")
        #expect(!echo.quote && !echo.fragment)
    }

    @Test("A mocking echo is found as contempt and points at the echoed words")
    func echoFinding() throws {
        let engine = try SignalEngine.standard()
        let result = engine.analyze("\"tried\" lol. ok", speaker: "A", context: [Turn(speaker: "B", text: "i tried but the website kept crashing")])
        let finding = try #require(result.findings.first { $0.label == .contempt })
        #expect(finding.evidence.map(\.text) == ["tried"])
        #expect(finding.explanation.contains("own words back"))
        // The same word said without quoting them is no contempt.
        let plain = engine.analyze("you tried, thanks", speaker: "A", context: [Turn(speaker: "B", text: "i tried but the website kept crashing")])
        #expect(!plain.labels.contains(.contempt))
    }
}
