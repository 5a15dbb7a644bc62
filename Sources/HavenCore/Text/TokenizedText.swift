/// A message split into tokens, with the word stream and its sentence and clause structure.
///
/// Byte offsets refer to the message's UTF-8 bytes; `ScalarOffsets` turns them into character
/// positions for people and JSON consumers.
public struct TokenizedText: Sendable {
    /// Every token in order: words, punctuation, quotes and symbols.
    public internal(set) var tokens: [Token] = []
    /// For each word, its index in `tokens`.
    public internal(set) var wordTokenIndex: [Int32] = []
    /// For each word, its vocabulary id.
    public internal(set) var wordIDs: [Int32] = []
    /// For each word, the stable hash of its normalised form: the same for the same word whatever
    /// the vocabulary, so words outside it can still be compared across turns.
    public internal(set) var wordHashes: [UInt64] = []
    /// For each word, the index of its clause (clauses break at `,;:` and sentence ends).
    public internal(set) var wordClause: [Int32] = []
    /// For each word, the index of its sentence.
    public internal(set) var wordSentence: [Int32] = []
    /// For each word, whether it stands inside quotation marks.
    public internal(set) var wordInQuotes: [Bool] = []
    /// For each sentence, whether it ends with a question mark.
    public internal(set) var sentenceIsQuestion: [Bool] = []
    /// Ids of symbol tokens (emoji) in order.
    public internal(set) var symbolIDs: [Int32] = []
    /// Letters of the Latin script.
    public internal(set) var latinLetters = 0
    /// Letters of other scripts (Cyrillic, Arabic, CJK, …).
    public internal(set) var otherLetters = 0
    /// Number of words written in capitals.
    public internal(set) var shoutingWords = 0
    /// Number of `!` marks.
    public internal(set) var exclamations = 0

    /// The number of words.
    public var wordCount: Int { wordIDs.count }

    /// The token of word `i`.
    public func wordToken(_ i: Int) -> Token { tokens[Int(wordTokenIndex[i])] }

    /// Whether word `i` is the first word of its sentence.
    @inline(__always)
    func wordStartsSentence(_ i: Int) -> Bool {
        i == 0 || wordSentence[i - 1] != wordSentence[i]
    }

    /// Whether word `i` is the last word of a sentence that ends with a question mark.
    @inline(__always)
    func wordEndsQuestion(_ i: Int) -> Bool {
        let sentence = wordSentence[i]
        return sentenceIsQuestion[Int(sentence)] && (i + 1 == wordSentence.count || wordSentence[i + 1] != sentence)
    }

    /// The clause a token belongs to: that of the last word at or before it (0 before any word).
    func clause(ofToken token: Int32) -> Int32 {
        let next = firstWord(after: token)
        return next == 0 ? 0 : wordClause[next - 1]
    }

    /// The index of the first word whose token comes after `token` (`wordCount` when none does):
    /// a binary search, since the words' tokens only grow.
    func firstWord(after token: Int32) -> Int {
        var low = 0, high = wordTokenIndex.count
        while low < high {
            let mid = (low + high) / 2
            if wordTokenIndex[mid] <= token { low = mid + 1 } else { high = mid }
        }
        return low
    }

    mutating func reserve(bytes: Int) {
        let estimate = min(bytes / 4 + 4, 1 << 16)
        tokens.reserveCapacity(estimate)
        wordTokenIndex.reserveCapacity(estimate)
        wordIDs.reserveCapacity(estimate)
        wordHashes.reserveCapacity(estimate)
        wordClause.reserveCapacity(estimate)
        wordSentence.reserveCapacity(estimate)
        wordInQuotes.reserveCapacity(estimate)
    }
}
