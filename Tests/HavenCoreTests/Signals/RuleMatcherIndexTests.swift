import Foundation
import Testing
@testable import HavenCore

/// The matcher finds patterns through indexes (by first word, by first two words, by first three
/// words); whichever index holds a pattern, it must match exactly as a plain scan would, and a
/// rule's evidence must come from its first pattern that matches.
@Suite("Rule matcher indexes")
struct RuleMatcherIndexTests {
    /// Compiles `rules` (JSON objects) with `classes` and further vocabulary words.
    private func compile(rules: String, classes: String = "{}", extraWords: [String] = []) throws -> CompiledRules {
        let json = #"{"classes": "# + classes + #", "aliases": {}, "rules": ["# + rules + #"], "combos": []}"#
        let book = try JSONDecoder().decode(RuleBook.self, from: Data(json.utf8))
        return try CompiledRules(book: book, valenceLexicon: "", profanityList: "", extraWords: extraWords)
    }

    /// Each hit for `text` as "rule: evidence words".
    private func hits(_ text: String, rules: String, classes: String = "{}", extraWords: [String] = []) throws -> [String] {
        let compiled = try compile(rules: rules, classes: classes, extraWords: extraWords)
        let tokens = Tokenizer(vocabulary: compiled.vocabulary).tokenize(text)
        let bytes = Array(text.utf8)
        return RuleMatcher(compiled: compiled).match(tokens).map { hit in
            let first = tokens.tokens[Int(hit.firstToken)], last = tokens.tokens[Int(hit.lastToken)]
            let words = String(decoding: bytes[Int(first.start)..<Int(last.end)], as: UTF8.self)
            return "\(compiled.rules[Int(hit.rule)].id): \(words)"
        }
    }

    @Test("A rule's evidence comes from its first matching pattern, whether indexed by two words or three")
    func firstPatternWins() throws {
        let rules = """
            {"id": "long-first", "label": "criticism", "patterns": ["you are so", "you are"]},
            {"id": "short-first", "label": "contempt", "patterns": ["you are", "you are so"]}
            """
        #expect(try hits("you are so rude", rules: rules) == ["long-first: you are so", "short-first: you are"])
    }

    @Test("Three adjacent words match only when all three follow each other")
    func threeWordsMustBeAdjacent() throws {
        let rules = #"{"id": "r", "label": "criticism", "patterns": ["do you guys even listen"]}"#
        #expect(try hits("do you guys even listen", rules: rules) == ["r: do you guys even listen"])
        #expect(try hits("do you really guys even listen", rules: rules).isEmpty)
        #expect(try hits("do you guys listen", rules: rules).isEmpty)
    }

    @Test("A pattern with word sets too large to index by three words stays under two, and still matches")
    func largeSetsStayIndexedByTwoWords() throws {
        let many = (0..<70).map { #""w\#($0)""# }.joined(separator: ", ")
        let classes = #"{"MANY": ["# + many + #"]}"#
        let rules = #"{"id": "r", "label": "criticism", "patterns": ["you @MANY @MANY", "do you guys"]}"#
        #expect(try hits("you w3 w69", rules: rules, classes: classes) == ["r: you w3 w69"])
        #expect(try hits("you w3 nope", rules: rules, classes: classes).isEmpty)
        let compiled = try compile(rules: rules, classes: classes)
        let tables = RuleMatcher(compiled: compiled).tables
        let you = Int(compiled.vocabulary.id(of: "you")), doWord = Int(compiled.vocabulary.id(of: "do"))
        #expect(tables.pairs.starts[you] && !tables.triples.starts[you])
        #expect(tables.triples.starts[doWord] && !tables.pairs.starts[doWord])
    }

    @Test("The word sets end at the rule book's own words: learned words come after and are in none")
    func wordSetsEndAtTheRuleBooksWords() throws {
        let rules = #"{"id": "r", "label": "criticism", "patterns": ["you *2 lazy", "not so"]}"#
        let compiled = try compile(rules: rules, classes: #"{"NEGATOR": ["not"]}"#, extraWords: (0..<300).map { "learned\($0)" })
        let tables = RuleMatcher(compiled: compiled).tables
        let learned = compiled.vocabulary.id(of: "learned299")
        #expect(tables.setWidth < compiled.vocabulary.count)
        #expect(Int(learned) >= tables.setWidth)
        for set in 0..<compiled.sets.count {
            #expect(!tables.contains(set: Int32(set), learned))
        }
        #expect(tables.contains(set: tables.negatorSet, compiled.vocabulary.id(of: "not")))
    }

    @Test("Words that only the learned terms know are in no rule's word set, and gaps still skip them")
    func learnedWordsOutsideRuleSets() throws {
        let rules = #"{"id": "r", "label": "criticism", "patterns": ["you *2 lazy"]}"#
        let extra = ["zzyzx", "quokka"]
        #expect(try hits("you zzyzx quokka lazy", rules: rules, extraWords: extra) == ["r: you zzyzx quokka lazy"])
        #expect(try hits("you zzyzx quokka very lazy", rules: rules, extraWords: extra).isEmpty)
    }
}
