import Testing
@testable import HavenCore

/// The rule guards read a bounded stretch of the sentence around a match (`guardReach` words), so
/// that a long run-on message costs time in proportion to its length, while sentences of
/// ordinary length are read whole.
@Suite("Rule guards read a bounded stretch of a long sentence")
struct GuardReachTests {
    let engine = try! SignalEngine.standard()

    /// `count` filler words with no full stop and no word that any guard looks for.
    private func filler(_ count: Int) -> String {
        Array(repeating: "and then the weather turned", count: count / 5).joined(separator: " ")
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

    @Test("Past the reach, a verdict in a run-on sentence is read on its own")
    func beyondReach() {
        let words = RuleMatcher.guardReach + 10
        let text = "my mom says \(filler(words)) you always forget what I tell you"
        #expect(fired(text).contains("criticism.always"), "\(fired(text))")
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
