import Testing
@testable import HavenCore

@Suite struct NeedsStatementTests {
    @Test func buildsTheSentence() {
        let statement = NeedsStatement(feeling: "lonely", situation: "we spend the evening on our phones.", need: "an hour together without screens ")
        #expect(statement.sentence == "I feel lonely when we spend the evening on our phones. I need an hour together without screens.")
        #expect(statement.suggestions.isEmpty)
    }

    @Test(arguments: [
        ("that you don't care", "you come home late", "a text", "a thought about your partner"),
        ("hurt", "you always forget", "a text", "describe one recent moment"),
        ("hurt", "you are so selfish", "a text", "not what kind of person"),
        ("hurt", "dinner went cold", "  ", "Finish with what would help"),
    ])
    func pointsOutBlamingWording(feeling: String, situation: String, need: String, hint: String) {
        let statement = NeedsStatement(feeling: feeling, situation: situation, need: need)
        #expect(statement.suggestions.contains { $0.contains(hint) })
    }
}
