import Foundation
import Testing
@testable import HavenCore

@Suite("Rewrites of the user's own message")
struct MessageRewriterTests {
    let engine: SignalEngine
    let rewriter: MessageRewriter

    init() throws {
        engine = try SignalEngine.standard()
        rewriter = MessageRewriter(engine: engine)
    }

    @Test("Criticism becomes a gentle start-up built from the named action")
    func criticism() {
        let text = "you never take the bins out, you're so lazy"
        let rewrite = rewriter.rewrites(for: text, result: engine.analyze(text))[.criticism]
        #expect(rewrite == "I feel hurt when you don't take the bins out. I need you to take the bins out — could we talk about how?")
    }

    @Test("A missing action is asked for in its asking form", arguments: [
        ("well you never do anything around here either", "I feel hurt when you don't do anything around here. I need you to do something around here — could we talk about how?"),
        ("you never help anyone at all", "I feel hurt when you don't help anyone at all. I need you to help someone — could we talk about how?"),
        ("you don't ever ask about my day", "I feel hurt when you don't ask about my day. I need you to ask about my day — could we talk about how?"),
        ("u never text me back", "I feel hurt when you don't text me back. I need you to text me back — could we talk about how?"),
    ])
    func askedForm(text: String, expected: String) {
        #expect(rewriter.gentleStartUp(from: text) == expected)
    }

    @Test("The named habit is found past a filler word and in \"all you ever do is\"", arguments: [
        ("you literally never ask before changing things", "I feel hurt when you don't ask before changing things. I need you to ask before changing things — could we talk about how?"),
        ("ok. u just dont listen", "I feel hurt when you don't listen. I need you to listen — could we talk about how?"),
        ("you really just never ask", "I feel hurt when you don't ask. I need you to ask — could we talk about how?"),
        ("boring? at least I actually cook. all you ever do is criticise", "I feel frustrated when you criticise. I need us to find another way — could we talk about it?"),
    ])
    func habitPastFiller(text: String, expected: String) {
        #expect(rewriter.gentleStartUp(from: text) == expected)
    }

    @Test("Helping verbs alone name no action: the general start-up is given instead")
    func helpingVerbsOnly() {
        #expect(rewriter.gentleStartUp(from: "You're a gullible doormat and you always have been.")
                == "I feel upset about what happened. I need us to talk about it calmly — could we?")
    }

    @Test("A loaded question keeps its verb in the gentle start-up", arguments: [
        ("Are you always this rude?", "I feel frustrated when you are this rude. I need us to find another way — could we talk about it?"),
        ("why are you always like this", "I feel frustrated when you are like this. I need us to find another way — could we talk about it?"),
        ("Do you always ignore my texts?", "I feel frustrated when you ignore my texts. I need us to find another way — could we talk about it?"),
    ])
    func loadedQuestion(text: String, expected: String) {
        #expect(rewriter.gentleStartUp(from: text) == expected)
    }

    @Test("Only a \"you\" that did something gives an action to own", arguments: [
        ("I got you a coffee.", "You're right, I had a part in this. I'm sorry — what can I do to make it better?"),
        ("thank you so much for nothing", "You're right, I had a part in this. I'm sorry — what can I do to make it better?"),
        ("you two talked for an hour and I sat there alone", "You're right, I had a part in this. I'm sorry — what can I do to make it better?"),
        ("I waited an hour and you never called", "You're right, I never called. I'm sorry — what can I do to make it better?"),
        ("Seriously. You left the back door open again", "You're right, I left the back door open again. I'm sorry — what can I do to make it better?"),
    ])
    func ownedAction(complaint: String, expected: String) {
        #expect(rewriter.takeResponsibility(context: [Turn(speaker: "B", text: complaint)]) == expected)
    }

    @Test("Defensiveness becomes taking responsibility for the partner's complaint")
    func defensiveness() {
        let context = [Turn(speaker: "B", text: "you forgot my mum's birthday")]
        let text = "it's not my fault, nobody reminded me"
        let rewrite = rewriter.rewrites(for: text, result: engine.analyze(text, speaker: "A", context: context), context: context)[.defensiveness]
        #expect(rewrite == "You're right, I forgot your mum's birthday. I'm sorry — what can I do to make it better?")
    }

    @Test("Stonewalling becomes a break with a return time at least 20 minutes away")
    func stonewalling() throws {
        let context = [Turn(speaker: "B", text: "you never listen to me")]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let now = try #require(calendar.date(from: DateComponents(year: 2026, month: 1, day: 1, hour: 20, minute: 12)))
        let rewrite = rewriter.rewrites(for: "whatever", result: engine.analyze("whatever", speaker: "A", context: context), now: now)[.stonewalling]
        #expect(rewrite == "I need a break; can we talk at 20:45?")
    }

    @Test("Contempt keeps the speaker's point without the insult")
    func contempt() {
        let text = "you're an idiot, the car is out of petrol again"
        let rewrite = rewriter.rewrites(for: text, result: engine.analyze(text))[.contempt] ?? ""
        #expect(!rewrite.lowercased().contains("idiot"))
        #expect(rewrite.contains("out of petrol"))
    }

    @Test("Contempt in the middle of a clause takes the whole clause with it, never leaving broken text")
    func contemptMidClause() {
        let text = "Blue. The red makes you look like a fire truck."
        let finding = Finding(label: .contempt, score: 0.9, evidence: [Evidence(start: 20, end: 35, text: "you look like a")],
                              explanation: "", antidote: nil, rules: ["contempt.insult"])
        let result = SignalResult(labels: [.contempt], scores: [.contempt: 0.9], findings: [finding], language: "en", isSupported: true)
        #expect(rewriter.rewrites(for: text, result: result)[.contempt] == MessageRewriter.plainRequest)
        let kept = "The film starts at eight, honestly you look like a scarecrow in that coat."
        let insult = Finding(label: .contempt, score: 0.9, evidence: [Evidence(start: 35, end: 50, text: "you look like a")],
                             explanation: "", antidote: nil, rules: ["contempt.insult"])
        let rewrite = rewriter.rewrites(for: kept, result: SignalResult(labels: [.contempt], scores: [.contempt: 0.9], findings: [insult],
                                                                        language: "en", isSupported: true))[.contempt]
        #expect(rewrite == "I'm upset, and I want to say it with respect: The film starts at eight.")
        let scraps = "Again? Honestly, it's a movie about a dog. A dog, Chris. A child could follow it."
        let child = Finding(label: .contempt, score: 0.9, evidence: [Evidence(start: 38, end: 41, text: "dog"), Evidence(start: 57, end: 70, text: "A child could")],
                            explanation: "", antidote: nil, rules: ["contempt.insult"])
        #expect(rewriter.rewrites(for: scraps, result: SignalResult(labels: [.contempt], scores: [.contempt: 0.9], findings: [child],
                                                                    language: "en", isSupported: true))[.contempt] == MessageRewriter.plainRequest)
    }

    @Test("What the partner says was done is owned before what was promised", arguments: [
        ("You said you'd help me move and then you just didn't show up.", "You're right, I didn't show up. I'm sorry — what can I do to make it better?"),
        ("I did the last three night feeds. You said you'd do tonight and you slept through it.", "You're right, I slept through it. I'm sorry — what can I do to make it better?"),
        ("You promised to call.", "You're right, I promised to call. I'm sorry — what can I do to make it better?"),
        // A filler does not hide a word that begins no action ("I are late").
        ("You honestly are late every single time.", "You're right, I had a part in this. I'm sorry — what can I do to make it better?"),
    ])
    func ownsWhatWasDone(complaint: String, expected: String) {
        #expect(rewriter.takeResponsibility(context: [Turn(speaker: "B", text: complaint)]) == expected)
    }

    @Test("Owning the partner's complaint turns their \"I was\" into \"you were\"")
    func ownedActionTense() {
        let context = [Turn(speaker: "B", text: "you forgot to water my plants while I was away")]
        #expect(rewriter.takeResponsibility(context: context)
                == "You're right, I forgot to water your plants while you were away. I'm sorry — what can I do to make it better?")
    }

    @Test("Contempt whose remainder still judges the partner gets a plain request instead")
    func contemptRemainderAboutThePartner() {
        let text = "you're so pathetic, honestly nobody could live with you"
        let rewrite = rewriter.rewrites(for: text, result: engine.analyze(text))[.contempt] ?? ""
        #expect(!rewrite.isEmpty)
        #expect(!rewrite.lowercased().contains("pathetic"))
        #expect(!rewrite.lowercased().contains("live with you"))
    }

    @Test("Contempt whose kept words still mock or belittle gets a plain request", arguments: [
        "Oh wow, a whole dish washed. Should we throw you a parade?",
        "You're pathetic. Can't even load a dishwasher.",
    ])
    func contemptRemainderStillScornful(text: String) throws {
        let result = engine.analyze(text)
        #expect(result.labels.contains(.contempt))
        #expect(rewriter.rewrites(for: text, result: result)[.contempt] == MessageRewriter.plainRequest)
        // Unchecked, the same cut keeps the scorn: the engine's reading is what turns it away.
        let unchecked = try #require(MessageRewriter().rewrites(for: text, result: result)[.contempt])
        #expect(unchecked.hasPrefix("I'm upset, and I want to say it with respect:"))
    }

    @Test("Kept words are read alone: plain statements pass, leftover scorn does not")
    func keptWordsReadAlone() {
        #expect(rewriter.readsCalm("The rent was due on Friday and now we have a late fee."))
        #expect(rewriter.readsCalm("the car is out of petrol again"))
        #expect(!rewriter.readsCalm("Oh wow, a whole dish washed."))
        #expect(!rewriter.readsCalm("Another brilliant plan."))
        #expect(MessageRewriter().readsCalm("Another brilliant plan."))
        // Words the engine cannot read are not taken as calm, nor, for past-dwelling, words that still dwell.
        #expect(!rewriter.readsCalm("eres un idiota y siempre llegas tarde"))
        #expect(!rewriter.readsCalm("you did the same thing last christmas", alsoNot: [.pastDwelling]))
    }

    @Test("Past-dwelling keeps today's point in whole clauses, or asks to stay with today")
    func pastDwelling() throws {
        let kept = "you did the same thing last christmas. the dishes are still in the sink"
        let keptResult = engine.analyze(kept)
        #expect(keptResult.labels.contains(.pastDwelling))
        #expect(rewriter.rewrites(for: kept, result: keptResult)[.pastDwelling]
                == "I'd like us to stay with what happened today: The dishes are still in the sink.")
        // Every clause holds the old grievance: cutting words out of them left "Forgot my birthday three?".
        let whole = "remember when you forgot my birthday three years ago? again you forgot to call"
        let wholeResult = engine.analyze(whole)
        #expect(wholeResult.labels.contains(.pastDwelling))
        #expect(rewriter.rewrites(for: whole, result: wholeResult)[.pastDwelling] == MessageRewriter.todayRequest)
        // A kept clause that scorns the partner is given up too.
        let old = Finding(label: .pastDwelling, score: 0.9, evidence: [Evidence(start: 0, end: 18, text: "Remember last year")],
                          explanation: "", antidote: nil, rules: ["past.remember-when"])
        let scorn = "Remember last year? Oh wow, a whole dish washed."
        let scornResult = SignalResult(labels: [.pastDwelling], scores: [.pastDwelling: 0.9], findings: [old], language: "en", isSupported: true)
        #expect(rewriter.rewrites(for: scorn, result: scornResult)[.pastDwelling] == MessageRewriter.todayRequest)
    }

    @Test("Contempt that only learned words back up is not cut into broken text")
    func contemptOnLearnedWords() {
        let text = "Cool. What are you going to record it on?"
        let finding = Finding(label: .contempt, score: 0.61, evidence: [Evidence(start: 15, end: 18, text: "you"),
                              Evidence(start: 19, end: 27, text: "going to"), Evidence(start: 28, end: 34, text: "record")],
                              explanation: "", antidote: nil, rules: ["w:you", "w:going to", "w:record"])
        let result = SignalResult(labels: [.contempt], scores: [.contempt: 0.61], findings: [finding], language: "en", isSupported: true)
        #expect(rewriter.rewrites(for: text, result: result)[.contempt] == MessageRewriter.plainRequest)
    }

    @Test("No benefit-of-the-doubt coaching when safety screening fired")
    func safety() {
        let text = "you did it on purpose to hurt me"
        let result = engine.analyze(text)
        #expect(result.labels.contains(.overgeneralization))
        #expect(rewriter.rewrites(for: text, result: result)[.overgeneralization] != nil)
        #expect(rewriter.rewrites(for: text, result: result, safetyConcern: true)[.overgeneralization] == nil)
    }
}
