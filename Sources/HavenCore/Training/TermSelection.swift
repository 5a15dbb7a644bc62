/// Chooses the learned word terms from training examples: single words, word pairs and words at
/// a sentence's edge (first in a sentence, last in a question), kept when enough examples use them. Deterministic: the same examples always give
/// the same sorted list.
struct TermSelection {
    /// The fewest examples a term must occur in.
    var minimumExamples = 3
    /// The share of examples above which a word counts as common (never evidence on its own).
    var commonShare = 0.01

    /// The term names (`w:…`) and the common words, both sorted.
    func terms(for examples: [TrainingExample], engine: SignalEngine) -> (terms: [String], commonWords: [String]) {
        var vocabulary = engine.compiled.vocabulary
        var counts: [String: Int] = [:]
        for example in examples {
            var seen = Set<String>()
            let message = engine.termWords(example.input.text, vocabulary: &vocabulary)
            var previous = Vocabulary.unknown
            for (i, id) in message.words.enumerated() {
                if id != Vocabulary.unknown {
                    let word = vocabulary.words[Int(id)]
                    seen.insert(LexicalTerms.prefix + word)
                    if message.startsSentence[i] { seen.insert(LexicalTerms.prefix + LexicalTerms.sentenceStart + " " + word) }
                    if message.endsQuestion[i] { seen.insert(LexicalTerms.prefix + word + " " + LexicalTerms.questionEnd) }
                    if previous != Vocabulary.unknown {
                        seen.insert(LexicalTerms.prefix + vocabulary.words[Int(previous)] + " " + word)
                    }
                }
                previous = id
            }
            for id in message.symbols { seen.insert(LexicalTerms.prefix + vocabulary.words[Int(id)]) }
            for term in seen { counts[term, default: 0] += 1 }
        }
        let terms = counts.filter { $0.value >= minimumExamples }.map(\.key).sorted()
        let common = Double(examples.count) * commonShare
        let commonWords = counts.filter { entry in
            !entry.key.contains(" ") && Double(entry.value) >= common
        }.map { String($0.key.dropFirst(LexicalTerms.prefix.count)) }.sorted()
        return (terms, commonWords)
    }
}

extension SignalEngine {
    /// The word ids of a message's words (in order), whether each word starts a sentence or ends
    /// a question, and the ids of its emoji, giving words the engine's vocabulary lacks new ids in
    /// `vocabulary` (for choosing word terms in training).
    func termWords(_ text: String, vocabulary: inout Vocabulary)
        -> (words: [Int32], startsSentence: [Bool], endsQuestion: [Bool], symbols: [Int32]) {
        let tokens = tokenizer.tokenize(text)
        let utf8 = Array(text.utf8)
        var words: [Int32] = []
        var symbols: [Int32] = []
        for token in tokens.tokens where token.kind == .word || token.kind == .symbol {
            var id = token.id
            if id == Vocabulary.unknown {
                id = vocabulary.add(String(decoding: utf8[Int(token.start)..<Int(token.end)], as: UTF8.self).lowercased()) ?? Vocabulary.unknown
            }
            if token.kind == .word { words.append(id) } else if id != Vocabulary.unknown { symbols.append(id) }
        }
        let indices = tokens.wordSentence.indices
        return (words, indices.map(tokens.wordStartsSentence), indices.map(tokens.wordEndsQuestion), symbols)
    }
}
