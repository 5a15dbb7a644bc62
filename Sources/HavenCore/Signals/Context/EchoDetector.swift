/// Finds where a reply repeats the other person's own words back at them, the way mockery does:
/// quoting them (`"tried" lol. ok`) or opening with a bare fragment of what they said
/// (`The marathon. You.`). Both are measures the model weighs, never verdicts on their own: a
/// surprised "The marathon? Amazing!" opens the same way.
struct EchoDetector: Sendable {
    /// Words that may stand around an echoed fragment without counting ("oh, a meeting.").
    let fillers: Set<Int32>

    /// The longest opening sentence, in words, that still reads as a fragment.
    static let longestFragment = 4

    /// The filler words; the engine gives each an id whatever the model (`SignalEngine.structuralWords`).
    static let fillerWords = ["oh", "a", "an", "the", "so", "wow", "ah", "ok", "okay", "well", "you", "lol", "hmm", "right", "sure",
                              "all", "alright", "yes", "yeah", "no", "i", "it", "that", "this", "and", "but", "then", "now", "good", "fine"]

    init(vocabulary: Vocabulary) {
        fillers = vocabulary.knownIDs(of: EchoDetector.fillerWords)
    }

    /// The words of a quotation in the message that repeat the other person's last turn, or nil.
    ///
    /// - Parameters:
    ///   - text: the message.
    ///   - otherWords: word hashes of the other person's last turn.
    func quotedEcho(in text: TokenizedText, otherWords: [UInt64]) -> RuleHit? {
        guard !otherWords.isEmpty else { return nil }
        var i = 0
        while i < text.wordCount {
            guard text.wordInQuotes[i] else { i += 1; continue }
            var j = i
            // One quotation: consecutive quoted words with no quotation mark between them.
            while j + 1 < text.wordCount, text.wordInQuotes[j + 1], !quoteMarkBetween(j, j + 1, in: text) { j += 1 }
            if (i...j).allSatisfy({ otherWords.contains(text.wordHashes[$0]) }) {
                return RuleHit(rule: -1, firstToken: text.wordTokenIndex[i], lastToken: text.wordTokenIndex[j])
            }
            i = j + 1
        }
        return nil
    }

    /// The opening sentence when it is a short fragment of the other person's last turn and more
    /// follows it ("The marathon. You."), or nil: a bare "Blue." after "red or blue?" is an answer.
    func fragmentEcho(in text: TokenizedText, otherWords: [UInt64]) -> RuleHit? {
        guard !otherWords.isEmpty, text.wordCount > 0 else { return nil }
        var end = 0
        while end < text.wordCount, text.wordSentence[end] == 0 { end += 1 }
        // The first sentence (closed by punctuation or a line break) is short and more follows.
        guard end > 0, end <= EchoDetector.longestFragment, end < text.wordCount else { return nil }
        var content: [Int] = []
        for k in 0..<end where !fillers.contains(text.wordIDs[k]) {
            guard otherWords.contains(text.wordHashes[k]) else { return nil }
            content.append(k)
        }
        guard let first = content.first, let last = content.last else { return nil }
        return RuleHit(rule: -1, firstToken: text.wordTokenIndex[first], lastToken: text.wordTokenIndex[last])
    }

    private func quoteMarkBetween(_ a: Int, _ b: Int, in text: TokenizedText) -> Bool {
        let from = Int(text.wordTokenIndex[a]) + 1, to = Int(text.wordTokenIndex[b])
        return from < to && text.tokens[from..<to].contains { $0.kind == .quote }
    }
}
