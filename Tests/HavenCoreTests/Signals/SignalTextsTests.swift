import Testing
@testable import HavenCore

/// A rule's explanation template gets the finding's words wherever it says `{evidence}`.
@Suite("Explanation templates")
struct SignalTextsTests {
    @Test("Every placeholder is filled, text around it kept byte for byte", arguments: [
        ("“{evidence}” attacks who they are.", "you always", "“you always” attacks who they are."),
        ("{evidence} and again {evidence}", "café 😀", "café 😀 and again café 😀"),
        ("No placeholder here.", "ignored", "No placeholder here."),
        ("{evidence", "x", "{evidence"),
        ("{evidence}", "", ""),
        ("{{evidence}}", "a", "{a}"),
        ("é{evidence}é", "x", "éxé"),
        ("{evidence}{evidence}", "{evidence}", "{evidence}{evidence}"),  // the words are not read as a template
        ("{evidence}\u{301}", "x", "x\u{301}"),  // matched by bytes: a mark after the brace does not hide it
    ])
    func fillsPlaceholders(template: String, evidence: String, expected: String) {
        #expect(SignalTexts.explanation(for: .criticism, template: template, evidence: evidence) == expected)
    }
}
