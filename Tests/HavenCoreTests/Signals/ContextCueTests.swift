import Testing
@testable import HavenCore

@Suite("Context cues: what the other person's last turn did to the one answering it")
struct ContextCueTests {
    static func cues(_ turn: String) throws -> ContextCues {
        try SignalEngine.standard().summarize(Turn(speaker: "B", text: turn)).cues
    }

    @Test("A complaint about what 'you' did carries the complaint cues; a question about the time carries none of them")
    func complaintCues() throws {
        let complaint = try ContextCueTests.cues("you forgot my birthday again")
        #expect(complaint.isSuperset(of: [.addressesYou, .youStatement, .youWithFailure, .youDid]))
        let neutral = try ContextCueTests.cues("what time is it?")
        #expect(neutral.isDisjoint(with: [.addressesYou, .youStatement, .youWithFailure, .youDid, .asksWhy]))
    }

    @Test("Questions, feelings, news, apologies and requests are each found, in chat spelling too")
    func otherCues() throws {
        #expect(try ContextCueTests.cues("why did u do that?").contains(.asksWhy))
        #expect(try !ContextCueTests.cues("why did u do that?").contains(.youStatement))
        #expect(try ContextCueTests.cues("I felt really alone at the party").contains(.namesFeeling))
        #expect(try ContextCueTests.cues("im so hurt rn").contains(.namesFeeling))
        #expect(try ContextCueTests.cues("I finally finished the shelf!").isSuperset(of: [.sharesNews, .exclaims]))
        #expect(try ContextCueTests.cues("I'm thinking about going back to uni").contains(.sharesNews))
        #expect(try ContextCueTests.cues("sorry, I forgot").contains(.apologises))
        #expect(try ContextCueTests.cues("can u stop leaving ur shoes by the door").contains(.requests))
        #expect(try ContextCueTests.cues("the weather is lovely today").isEmpty)
    }

    @Test("The same reason reads as an excuse after a complaint and as an answer after a plain question")
    func reasonAfterComplaintOrQuestion() throws {
        let engine = try SignalEngine.standard()
        let reply = "I was stuck at work, the meeting ran over."
        let afterComplaint = engine.analyze(reply, speaker: "A", context: [Turn(speaker: "B", text: "You missed the school play. You promised you'd be there.")])
        let afterQuestion = engine.analyze(reply, speaker: "A", context: [Turn(speaker: "B", text: "How was your day?")])
        #expect((afterComplaint.score(for: .defensiveness) ?? 0) > (afterQuestion.score(for: .defensiveness) ?? 0) + 0.2)
        #expect(!afterQuestion.labels.contains(.defensiveness))
    }
}
