import Testing
@testable import HavenCore

/// The hard cases issue 2 names: messages that look like a horseman but are not one.
@Suite("Hard cases are not flagged")
struct HardCaseTests {
    let engine = try! SignalEngine.standard()

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let context: [Turn]
        var testDescription: String { "\(name): \(text)" }
    }

    static let cases: [Case] = [
        Case(name: "reported speech", text: "she always criticises me", context: []),
        Case(name: "reported speech", text: "my mom says you're lazy lol", context: []),
        Case(name: "reported speech", text: "He told me I never listen, can you believe it?", context: []),
        Case(name: "self-directed", text: "I'm such an idiot, I forgot my keys again", context: []),
        Case(name: "self-directed", text: "ugh im so stupid", context: []),
        Case(name: "third party", text: "my boss is so selfish, he never thanks anyone", context: []),
        Case(name: "third party", text: "that guy at the bar was a total jerk", context: []),
        Case(name: "I never said that", text: "I never said that, I said Tuesday", context: [Turn(speaker: "B", text: "you said the party was Monday")]),
        Case(name: "specific complaint", text: "I was upset that you didn't call last night. I need a text when you're running late.", context: []),
        Case(name: "banter", text: "shut up you nerd 😂😂", context: [Turn(speaker: "B", text: "i beat you at mario kart again hahaha")]),
        Case(name: "negation", text: "you're not lazy, you're just exhausted", context: []),
        Case(name: "negation", text: "you never let me down", context: []),
        Case(name: "praise", text: "you never disappoint. that tiramisu was unreal", context: []),
        Case(name: "praise", text: "you always make me laugh when I'm down", context: []),
        Case(name: "song lyrics", text: "🎶 never gonna give you up, never gonna let you down 🎶", context: []),
        Case(name: "title", text: "have you seen \"You Never Can Tell\"? it's on tonight", context: []),
        Case(name: "title in single quotes", text: "it's called 'Why You Always Ruin Everything.' It's about a family of chefs.", context: []),
        Case(name: "title in curly single quotes", text: "have u heard ‘You Never Listen’ by the new band, its so good", context: []),
        Case(name: "fact question", text: "do you always take the bus to work?", context: []),
        Case(name: "fact question", text: "Did you ever get the email from the school?", context: []),
        Case(name: "short answer", text: "fine", context: [Turn(speaker: "B", text: "how was the dentist?")]),
        Case(name: "short answer", text: "ok", context: [Turn(speaker: "B", text: "please grab milk on the way home")]),
        Case(name: "short answer", text: "sure", context: [Turn(speaker: "B", text: "can you please call the plumber tomorrow?")]),
        Case(name: "short answer", text: "thanks", context: [Turn(speaker: "B", text: "I'm worried about you, are you ok?")]),
        Case(name: "sarcasm at a situation", text: "oh great, the train is late again", context: []),
        Case(name: "reason when asked", text: "I was stuck in traffic for an hour", context: [Turn(speaker: "B", text: "how come you got home so late?")]),
        Case(name: "break with a return time", text: "I need a break, can we talk at 8?", context: [Turn(speaker: "B", text: "you never listen to me")]),
    ]

    @Test("No horseman is found", arguments: cases)
    func noHorseman(_ item: Case) {
        let result = engine.analyze(item.text, speaker: "A", context: item.context)
        #expect(!result.hasHorseman, "found \(result.labels) in “\(item.text)”")
    }

    @Test("A break with a time to come back is a repair, not stonewalling")
    func breakIsRepair() {
        let result = engine.analyze("I need a break, can we talk at 8?", speaker: "A", context: [Turn(speaker: "B", text: "you never listen to me")])
        #expect(result.labels.contains(.repair))
        #expect(!result.labels.contains(.stonewalling))
    }
}
