import Foundation
import Testing
@testable import HavenCore

/// A rule book that cannot mean what it says is refused with a message naming the rule.
@Suite("Rule book validation")
struct RuleBookValidationTests {
    private func compile(_ json: String) throws -> CompiledRules {
        let book = try JSONDecoder().decode(RuleBook.self, from: Data(json.utf8))
        return try CompiledRules(book: book, valenceLexicon: "", profanityList: "")
    }

    @Test("A clause-scoped unless may name a rule, not a combo")
    func clauseScopedUnlessNamesRules() throws {
        let rules = """
            {"id": "a", "label": "criticism", "patterns": ["you always"], "unless": [CANCEL], "unlessInClause": true},
            {"id": "b", "label": "counter", "patterns": ["know what"]}
            """
        let combos = #"[{"id": "ab", "label": "criticism", "all": ["a", "b"]}]"#
        let byRule = try compile(#"{"classes": {}, "aliases": {}, "rules": ["# + rules.replacingOccurrences(of: "CANCEL", with: #""b""#) + #"], "combos": "# + combos + "}")
        #expect(byRule.unlessInClause == [true, false])
        #expect(throws: RuleBookError.comboCannotCancelInClause(rule: "a", combo: "ab")) {
            try compile(#"{"classes": {}, "aliases": {}, "rules": ["# + rules.replacingOccurrences(of: "CANCEL", with: #""ab""#) + #"], "combos": "# + combos + "}")
        }
    }

    @Test("More language word lists than the language guess can tell apart are refused")
    func tooManyLanguages() throws {
        func book(languages: Int) -> String {
            let classes = (0..<languages).map { #""LANG_L\#($0)": ["word\#($0)"]"# }.joined(separator: ", ")
            return #"{"classes": {"# + classes + #"}, "aliases": {}, "rules": [{"id": "a", "label": "criticism", "patterns": ["you always"]}], "combos": []}"#
        }
        #expect(try compile(book(languages: LanguageGuess.maximumLanguages)).languageWords.count == LanguageGuess.maximumLanguages)
        #expect(throws: RuleBookError.tooManyLanguages(count: 33, limit: 32)) {
            try compile(book(languages: 33))
        }
    }

    @Test("A start anchor with no word after it is refused, not dropped", arguments: ["[", "<", "^"])
    func danglingStartAnchor(anchor: String) throws {
        func book(_ pattern: String) -> String {
            #"{"classes": {}, "aliases": {}, "rules": [{"id": "a", "label": "contempt", "patterns": [""# + pattern + #""]}], "combos": []}"#
        }
        #expect(try compile(book("\(anchor) you idiot")).patterns.count == 1)
        #expect(throws: RuleBookError.danglingAnchor(rule: "a", pattern: "you idiot \(anchor)")) {
            try compile(book("you idiot \(anchor)"))
        }
    }

    @Test("A combo naming neither a rule nor a known flag is refused, naming both")
    func unknownComboFlag() throws {
        let book = #"{"classes": {}, "aliases": {}, "rules": [{"id": "a", "label": "contempt", "patterns": ["you idiot"]}], "combos": [{"id": "c", "label": "contempt", "all": ["a", "msg.angry"]}]}"#
        #expect(throws: RuleBookError.unknownRule(referencedBy: "combo c", name: "msg.angry")) {
            try compile(book)
        }
    }

    @Test("A combo's flags, read from their names once, each hold exactly when their measure does")
    func comboFlags() throws {
        let json = #"{"id": "c", "label": "contempt", "all": ["r", "msg.addressed", "ctx.no-laughter"], "any": ["msg.question", "msg.not-positive"]}"#
        let combo = CompiledCombo(try JSONDecoder().decode(RuleBook.Combo.self, from: Data(json.utf8)), ruleIndex: ["r": 0])
        var flags = CompiledCombo.Flags(negative: false, tension: false, complaint: false, addressed: true,
                                        otherLaughed: false, positive: false, question: false)
        #expect(combo.holds(fired: [true], flags: flags))
        #expect(!combo.holds(fired: [false], flags: flags))
        flags.otherLaughed = true
        #expect(!combo.holds(fired: [true], flags: flags))
        flags.otherLaughed = false
        flags.positive = true  // neither of the `any` flags holds now
        #expect(!combo.holds(fired: [true], flags: flags))
        flags.question = true
        #expect(combo.holds(fired: [true], flags: flags))
        flags.addressed = false
        #expect(!combo.holds(fired: [true], flags: flags))
    }

    @Test("Each of the other flags holds exactly when its own measure does",
          arguments: ["msg.negative", "ctx.tension", "ctx.complaint"])
    func singleFlag(name: String) throws {
        let json = #"{"id": "c", "label": "criticism", "all": ["r", ""# + name + #""]}"#
        let combo = CompiledCombo(try JSONDecoder().decode(RuleBook.Combo.self, from: Data(json.utf8)), ruleIndex: ["r": 0])
        /// This flag's measure set to `own`, and the other measures a combo may name to `rest`.
        func flags(own: Bool, rest: Bool) -> CompiledCombo.Flags {
            var flags = CompiledCombo.Flags(negative: rest, tension: rest, complaint: rest, addressed: rest,
                                            otherLaughed: !rest, positive: !rest, question: rest)
            switch name {
            case "msg.negative": flags.negative = own
            case "ctx.tension": flags.tension = own
            default: flags.complaint = own
            }
            return flags
        }
        #expect(combo.holds(fired: [true], flags: flags(own: true, rest: false)))
        #expect(!combo.holds(fired: [false], flags: flags(own: true, rest: false)))
        #expect(!combo.holds(fired: [true], flags: flags(own: false, rest: true)))
    }
}
