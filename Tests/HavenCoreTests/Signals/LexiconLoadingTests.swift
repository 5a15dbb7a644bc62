import Foundation
import Testing
@testable import HavenCore

/// The valence lexicon ships with Windows line endings; a reader that splits on "\n" alone
/// sees one long line (Swift reads "\r\n" as a single character) and loads no word at all.
@Suite("Lexicon loading")
struct LexiconLoadingTests {
    let engine = try! SignalEngine.standard()

    func valence(_ word: String, in compiled: CompiledRules) -> Float {
        compiled.valence[Int(compiled.vocabulary.id(of: word))]
    }

    @Test("The shipped VADER lexicon gives words their valence")
    func shippedValence() {
        #expect(valence("terrible", in: engine.compiled) < -1)
        #expect(valence("wonderful", in: engine.compiled) > 1)
        #expect(engine.compiled.valence.filter { $0 != 0 }.count > 7000)
    }

    @Test("The shipped profanity list is read word by word", arguments: ["shit", "fuck"])
    func shippedProfanity(word: String) {
        #expect(engine.compiled.profanity.contains(engine.compiled.vocabulary.id(of: word)))
    }

    @Test("Lexicons read the same with LF, CRLF or CR line endings", arguments: ["\n", "\r\n", "\r"])
    func lineEndings(ending: String) throws {
        let lexicon = ["grim\t-2.1\t0.5\t[]", "sunny\t1.8\t0.4\t[]"].joined(separator: ending) + ending
        let profanity = ["blarg", "zonk"].joined(separator: ending) + ending
        let compiled = try CompiledRules(book: RuleBook(classes: [:], aliases: [:], rules: [], combos: []),
                                         valenceLexicon: lexicon, profanityList: profanity)
        #expect(valence("grim", in: compiled) == -2.1)
        #expect(valence("sunny", in: compiled) == 1.8)
        #expect(compiled.profanity.contains(compiled.vocabulary.id(of: "zonk")))
        #expect(compiled.profanity.contains(compiled.vocabulary.id(of: "blarg")))
    }
}
