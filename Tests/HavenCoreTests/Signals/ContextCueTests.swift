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

    @Test("'Again' makes a complaint when it is about what 'you' do, not in news or plans", arguments: [
        ("you forgot my birthday again", true),
        ("ur late again", true),
        ("again? really?", true),
        ("I think I might start writing again.", false),
        ("we should go back there again sometime!", false),
    ])
    func againComplaints(turn: String, isComplaint: Bool) throws {
        #expect(try SignalEngine.standard().summarize(Turn(speaker: "B", text: turn)).isComplaint == isComplaint)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let turn: String
        let cue: ContextCues
        let present: Bool
        var testDescription: String { "\(turn) \(present ? "has" : "lacks") \(cue.rawValue)" }
    }

    @Test("Each cue is found where it is, in chat spelling too, and not where it only seems to be", arguments: [
        Case(turn: "why did u do that?", cue: .asksWhy, present: true),
        Case(turn: "how could you say that", cue: .asksWhy, present: true),
        Case(turn: "how are you?", cue: .asksWhy, present: false),
        Case(turn: "how did it go?", cue: .asksWhy, present: false),
        Case(turn: "why did u do that?", cue: .youStatement, present: false),
        Case(turn: "I felt really alone at the party", cue: .namesFeeling, present: true),
        Case(turn: "im so hurt rn", cue: .namesFeeling, present: true),
        Case(turn: "you ignored me", cue: .namesFeeling, present: false),
        Case(turn: "I finally finished the shelf!", cue: .speaksOfThemselves, present: true),
        Case(turn: "I'm thinking about going back to uni", cue: .speaksOfThemselves, present: true),
        Case(turn: "i just got the job!!", cue: .speaksOfThemselves, present: true),
        Case(turn: "I think I'll run for the school board", cue: .speaksOfThemselves, present: true),
        Case(turn: "you did this on purpose", cue: .speaksOfThemselves, present: false),
        Case(turn: "the new cafe opened today", cue: .speaksOfThemselves, present: false),
        Case(turn: "sorry, I forgot", cue: .apologises, present: true),
        Case(turn: "ok that was my fault", cue: .apologises, present: true),
        Case(turn: "can u stop leaving ur shoes by the door", cue: .requests, present: true),
        Case(turn: "the weather is lovely today", cue: .requests, present: false),
    ])
    func cue(_ example: Case) throws {
        #expect(try ContextCueTests.cues(example.turn).contains(example.cue) == example.present)
    }

    @Test("Every word the cues, echoes and brush-offs look for has an id even in an engine with no learned words")
    func structuralWordsAlwaysKnown() throws {
        let engine = try TrainingTests.engine(model: nil)
        let missing = SignalEngine.structuralWords.filter { engine.compiled.vocabulary.id(of: $0) == Vocabulary.unknown }
        #expect(missing.isEmpty)
        #expect(ContextCues.named.count == Set(ContextCues.named.map(\.feature)).count)
        #expect(Set(ContextCues.named.map(\.cue.rawValue)).count == ContextCues.named.count && ContextCues.named.allSatisfy { $0.cue.rawValue.nonzeroBitCount == 1 })
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

    @Test("Each cue of the other's turn, and each context flag, is crossed with the reply's measures: scorn after news sets the news-and-negative cross, warmth the news-and-positive one")
    func cuesCrossedWithReplyMeasures() throws {
        let engine = try TrainingTests.engine(model: nil)
        let news = [Turn(speaker: "B", text: "I finally finished the shelf!")]
        func value(_ feature: String, _ reply: String, context: [Turn]) throws -> Double {
            let index = try #require(engine.space.names.firstIndex(of: feature))
            let vector = engine.featureVector(for: ClassificationInput(id: "t", text: reply, speaker: "A", context: context))
            return vector.indices.firstIndex(of: index).map { vector.values[$0] } ?? 0
        }
        let scorn = "ugh it looks awful and stupid"
        let negative = try value("msg.negative", scorn, context: news)
        #expect(negative > 0)
        #expect(try value("ctx.self&msg.negative", scorn, context: news) == negative)
        #expect(try value("ctx.self&msg.positive", scorn, context: news) == 0)
        let warm = "wow it looks great, well done"
        #expect(try value("ctx.self&msg.positive", warm, context: news) > 0)
        #expect(try value("ctx.self&msg.negative", warm, context: news) == 0)
        // No news before it: the same scorn sets no cross.
        #expect(try value("ctx.self&msg.negative", scorn, context: [Turn(speaker: "B", text: "what time is it?")]) == 0)
        // The context flags are crossed too: scorn in a reply to a complaint.
        let complaint = [Turn(speaker: "B", text: "You forgot my birthday again.")]
        #expect(try value("ctx.complaint&msg.negative", scorn, context: complaint) == negative)
        #expect(try value("ctx.complaint&msg.negative", scorn, context: news) == 0)
        let contexts = ContextCues.named.count + FeatureSpace.crossedFlags.count
        #expect(engine.space.names.filter { $0.contains("&msg.") }.count == contexts * FeatureSpace.crossMeasures.count)
    }
}
