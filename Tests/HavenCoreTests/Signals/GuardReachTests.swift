import Testing
@testable import HavenCore

/// The rule guards read a bounded stretch of the sentence around a match (`guardReach` words), so
/// that a long run-on message costs time in proportion to its length, while sentences of
/// ordinary length are read whole.
@Suite("Rule guards read a bounded stretch of a long sentence")
struct GuardReachTests {
    let engine = try! SignalEngine.standard()

    /// Exactly `count` filler words with no full stop and no word that any guard looks for.
    private func filler(_ count: Int) -> String {
        let words = ["and", "then", "the", "weather", "turned"]
        return (0..<count).map { words[$0 % words.count] }.joined(separator: " ")
    }

    private func fired(_ text: String) -> Set<String> {
        engine.firedRules(text).filter { $0.hasPrefix("criticism.") || $0.hasPrefix("contempt.") }
    }

    @Test("A reporting verb 40 words back in the same sentence still makes it reported speech")
    func reportedFarBack() {
        let direct = "you always forget what I tell you"
        #expect(!fired(direct).isEmpty, "the direct form must fire for this test to mean anything")
        let reported = "my mom says \(filler(40)) \(direct)"
        #expect(fired(reported).isEmpty, "\(fired(reported))")
    }

    @Test("Someone else named 40 words back in the same sentence keeps a verdict about them")
    func thirdPartyFarBack() {
        let unnamed = "\(filler(40)) who even does that"
        #expect(!fired(unnamed).isEmpty, "with no one named the verdict must fire for this test to mean anything")
        let text = "my brother came home \(filler(40)) who even does that"
        #expect(fired(text).isEmpty, "\(fired(text))")
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
