import Foundation
import Testing
@testable import HavenCore

@Suite("Tokenizer")
struct TokenizerTests {
    let engine = try! SignalEngine.standard()

    func words(_ text: String) -> [String] {
        let tokens = engine.tokenizer.tokenize(text)
        return tokens.wordIDs.map { engine.compiled.vocabulary.words[Int($0)] }
    }

    @Test("Apostrophes, curly or straight or missing, read the same")
    func apostrophes() {
        let a = engine.tokenizer.tokenize("you're").wordIDs
        #expect(a == engine.tokenizer.tokenize("you’re").wordIDs)
        #expect(a == engine.tokenizer.tokenize("youre").wordIDs)
        #expect(a.first != Vocabulary.unknown)
    }

    @Test("Chat spellings read as the words they stand for")
    func aliases() {
        #expect(engine.tokenizer.tokenize("u").wordIDs == engine.tokenizer.tokenize("you").wordIDs)
        #expect(engine.tokenizer.tokenize("WHATEVERRR").wordIDs == engine.tokenizer.tokenize("whatever").wordIDs)
        #expect(engine.tokenizer.tokenize("pleeeease").wordIDs == engine.tokenizer.tokenize("please").wordIDs)
    }

    @Test("Sentences, clauses, questions and quotes are tracked")
    func structure() {
        let t = engine.tokenizer.tokenize("Fine. Are you done? She said \"you never listen\"")
        #expect(t.sentenceIsQuestion == [false, true, false])
        #expect(t.wordSentence.first == 0)
        #expect(t.wordInQuotes.suffix(3) == [true, true, true])
        #expect(t.wordInQuotes.prefix(3) == [false, false, false])
    }

    @Test("Single quotes mark a quotation only when a word-ending mark closes it", arguments: [
        ("it's called 'You Never Listen.' It's good", ["you", "never", "listen"]),
        ("she sang ‘you always lie’ at karaoke", ["you", "always", "lie"]),
        ("(‘whatever’) he said", ["whatever"]),
        ("'cause you always ignore me", []),
        ("the kids' room and you never tidy it", []),
        ("rock 'n' roll and you always interrupt", ["n"]),
        ("don't 'you' me", ["you"]),
    ])
    func singleQuotes(text: String, quoted: [String]) {
        let t = engine.tokenizer.tokenize(text)
        let inQuotes = t.wordIDs.indices.filter { t.wordInQuotes[$0] }.map { engine.compiled.vocabulary.words[Int(t.wordIDs[$0])] }
        #expect(inQuotes == quoted, "\(text)")
        #expect(t.wordInQuotes.last == false, "\(text): a quotation left open")
    }

    @Test("A message full of unmatched single quotes is read whole and quotes nothing")
    func manyMarks() {
        let text = String(repeating: "'a ", count: 200_000)
        let t = engine.tokenizer.tokenize(text)
        #expect(t.wordIDs.count == 200_000)
        #expect(!t.wordInQuotes.contains(true))
    }

    @Test("Capitals are noticed as shouting, a lone I is not")
    func shouting() {
        #expect(engine.tokenizer.tokenize("I am FINE").shoutingWords == 1)
        #expect(engine.tokenizer.tokenize("I am fine").shoutingWords == 0)
    }

    @Test("Odd input never crashes", arguments: [
        "", "   ", "😂😂😂", "\u{0}\u{1}\u{7F}", "مرحبا كيف حالك", "שלום לך", "\u{202E}reversed", "a\u{0301}b",
        String(repeating: "é", count: 1000), "\u{FEFF}hello", "...!!!???",
    ])
    func oddInput(text: String) {
        let t = engine.tokenizer.tokenize(text)
        #expect(t.wordCount <= text.unicodeScalars.count)
        _ = engine.analyze(text)
    }

    @Test("A one-megabyte message is tokenized and analysed")
    func hugeMessage() {
        let text = String(repeating: "you never listen to me and it hurts. ", count: 28_000)
        #expect(text.utf8.count > 1_000_000)
        let result = engine.analyze(text)
        #expect(result.labels.contains(.criticism))
    }
}
