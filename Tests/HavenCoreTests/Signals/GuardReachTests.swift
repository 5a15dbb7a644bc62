import Testing
@testable import HavenCore

/// Exactly `count` filler words with no full stop and no word that any guard looks for.
private func fillerWords(_ count: Int) -> String {
    let words = ["and", "then", "the", "weather", "turned"]
    return (0..<count).map { words[$0 % words.count] }.joined(separator: " ")
}

/// The rule guards read a bounded stretch of the sentence around a match (`guardReach` words), so
/// that a long run-on message costs time in proportion to its length, while sentences of
/// ordinary length are read whole.
@Suite("Rule guards read a bounded stretch of a long sentence")
struct GuardReachTests {
    let engine = try! SignalEngine.standard()

    private func filler(_ count: Int) -> String { fillerWords(count) }

    private func fired(_ text: String) -> Set<String> {
        engine.firedRules(text).filter { $0.hasPrefix("criticism.") || $0.hasPrefix("contempt.") }
    }

    @Test("A guard's cue 40 words back in the same sentence still holds", arguments: [
        // A reporting verb makes it reported speech.
        ("you always forget what I tell you", "my mom says \(fillerWords(40)) you always forget what I tell you"),
        // Someone else named keeps the verdict about them.
        ("\(fillerWords(40)) who even does that", "my brother came home \(fillerWords(40)) who even does that"),
    ])
    func cueFarBack(unguarded: String, guarded: String) {
        #expect(!fired(unguarded).isEmpty, "without the cue the rule must fire for this test to mean anything")
        #expect(fired(guarded).isEmpty, "\(fired(guarded))")
    }

    @Test("A reporting verb is read up to exactly guardReach words back, and no further")
    func reachEdge() {
        // "my mom says" + n filler words + "you always…": "says" is n + 1 words before "you".
        let reach = RuleMatcher.guardReach
        let inside = "my mom says \(filler(reach - 1)) you always forget what I tell you"
        #expect(!fired(inside).contains("criticism.always"), "\(fired(inside))")
        let outside = "my mom says \(filler(reach)) you always forget what I tell you"
        #expect(fired(outside).contains("criticism.always"), "\(fired(outside))")
    }

    @Test("A fond habit cancels \"you always\" only in its own clause, among thousands of hits")
    func clauseCancelAmongManyHits() {
        let fond = "you always make me laugh"
        #expect(!fired(fond).contains("criticism.always"), "the fond habit alone must be cancelled")
        let many = fond + ". " + String(repeating: "you always forget. ", count: 5_000)
        #expect(fired(many).contains("criticism.always"))
    }

    @Test("A run-on megabyte message without full stops is analysed, its last words included")
    func runOnMegabyte() {
        let text = String(repeating: "why do you always ignore me and ", count: 33_000) + "you're such an idiot"
        #expect(text.utf8.count > 1_000_000)
        let rules = fired(text)
        #expect(rules.contains("criticism.always"), "\(rules)")
        #expect(rules.contains("contempt.name-calling"), "\(rules)")
    }
}
