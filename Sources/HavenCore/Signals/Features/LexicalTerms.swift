/// The learned word features: single words and word pairs of a message (`w:you`, `w:you always`),
/// and words at a sentence's edge: first in a sentence (`w:^ wow`) or last in a question
/// (`w:again ?`).
///
/// `haven train` chooses the terms from the training data and stores their weights in
/// `model.json`; the engine reads the term list back from the weights' names. Lookups are array
/// reads by word id and an open-addressing table for pairs, so the terms cost little per message.
struct LexicalTerms: Sendable {
    /// The prefix of a term's name.
    static let prefix = "w:"
    /// Stands before a word that starts a sentence (`w:^ oh`).
    static let sentenceStart = "^"
    /// Stands after the last word of a question (`w:again ?`).
    static let questionEnd = "?"

    /// Term names in feature order.
    let names: [String]
    /// Per term: whether it may stand as a finding's evidence. A term made only of common words
    /// ("you", "oh", "have a") may not: those say too little alone.
    let canBeEvidence: [Bool]
    /// Per word id: the term index of the word, or -1.
    private let messageWord: [Int32]
    /// Per word id: the term index of the word as a sentence's first word, or -1.
    private let startWord: [Int32]
    /// Per word id: the term index of the word as a question's last word, or -1.
    private let questionEndWord: [Int32]
    /// Per word id: whether some word-pair term starts with it (most words start none, and
    /// skipping them spares a hash probe per word).
    private let startsPair: [Bool]
    private let pairKeys: [UInt64]
    private let pairValues: [Int32]
    private let pairMask: Int

    /// The words the terms need in the vocabulary.
    static func words(of names: [String]) -> [String] {
        var words: [String] = []
        for name in names {
            guard let body = body(of: name) else { continue }
            words += body.split(separator: " ").map(String.init).filter { $0 != sentenceStart && $0 != questionEnd }
        }
        return words
    }

    /// Whether a feature name is a lexical term.
    static func isTerm(_ name: String) -> Bool { body(of: name) != nil }

    private static func body(of name: String) -> Substring? {
        name.hasPrefix(prefix) ? name.dropFirst(prefix.count) : nil
    }

    /// Looks up the terms in a vocabulary that already holds their words; terms whose words it
    /// lacks are kept as names but never fire.
    ///
    /// - Parameters:
    ///   - names: the term names.
    ///   - commonWords: words too common in the training data to be evidence on their own.
    ///   - vocabulary: a vocabulary holding the terms' words.
    init(names: [String], commonWords: Set<String> = [], vocabulary: Vocabulary) {
        self.names = names
        canBeEvidence = names.map { name in
            guard let body = LexicalTerms.body(of: name) else { return false }
            return body.split(separator: " ").contains { word in
                word != LexicalTerms.sentenceStart && word != LexicalTerms.questionEnd && !commonWords.contains(String(word))
            }
        }
        var message = Array(repeating: Int32(-1), count: vocabulary.count)
        var start = message
        var questionEnd = message
        var starts = Array(repeating: false, count: vocabulary.count)
        var pairs: [(UInt64, Int32)] = []
        for (t, name) in names.enumerated() {
            guard let body = LexicalTerms.body(of: name) else { continue }
            let parts = body.split(separator: " ").map(String.init)
            if parts.count == 2, parts[0] == LexicalTerms.sentenceStart {
                let id = vocabulary.id(of: parts[1])
                if id != Vocabulary.unknown { start[Int(id)] = Int32(t) }
                continue
            }
            if parts.count == 2, parts[1] == LexicalTerms.questionEnd {
                let id = vocabulary.id(of: parts[0])
                if id != Vocabulary.unknown { questionEnd[Int(id)] = Int32(t) }
                continue
            }
            let ids = parts.map { vocabulary.id(of: $0) }
            guard !ids.contains(Vocabulary.unknown) else { continue }
            if ids.count == 1 {
                message[Int(ids[0])] = Int32(t)
            } else if ids.count == 2 {
                pairs.append((LexicalTerms.pairKey(ids[0], ids[1]), Int32(t)))
                starts[Int(ids[0])] = true
            }
        }
        messageWord = message
        startWord = start
        questionEndWord = questionEnd
        startsPair = starts
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var keys = Array(repeating: UInt64(0), count: capacity)
        var values = Array(repeating: Int32(-1), count: capacity)
        for (key, value) in pairs {
            var slot = LexicalTerms.slot(key, mask: capacity - 1)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot &+ 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
        }
        pairKeys = keys
        pairValues = values
        pairMask = capacity - 1
    }

    var count: Int { names.count }

    @inline(__always)
    private static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    private func pair(_ a: Int32, _ b: Int32) -> Int32 {
        let key = LexicalTerms.pairKey(a, b)
        var slot = LexicalTerms.slot(key, mask: pairMask)
        while true {
            let k = pairKeys[slot]
            if k == key { return pairValues[slot] }
            if k == 0 { return -1 }
            slot = (slot &+ 1) & pairMask
        }
    }

    /// Calls `body` for each message term in a text (a term may come more than once), with the
    /// first and last token it covers.
    @inline(__always)
    func forEachMessageTerm(of text: TokenizedText, _ body: (_ term: Int32, _ firstToken: Int32, _ lastToken: Int32) -> Void) {
        guard !names.isEmpty else { return }
        // Words inside closed quotation marks are someone else's (a title, a line quoted back):
        // they are not the speaker's own wording. An unclosed quote keeps every word.
        let skipQuoted = !(text.wordInQuotes.last ?? false)
        var previous = Vocabulary.unknown
        for i in 0..<text.wordIDs.count {
            let id = text.wordIDs[i]
            if skipQuoted && text.wordInQuotes[i] {
                previous = Vocabulary.unknown
                continue
            }
            let token = text.wordTokenIndex[i]
            if id != Vocabulary.unknown {
                let t = messageWord[Int(id)]
                if t >= 0 { body(t, token, token) }
                if text.wordStartsSentence(i) {
                    let s = startWord[Int(id)]
                    if s >= 0 { body(s, token, token) }
                }
                if text.wordEndsQuestion(i) {
                    let q = questionEndWord[Int(id)]
                    if q >= 0 { body(q, token, token) }
                }
                if previous != Vocabulary.unknown, startsPair[Int(previous)] {
                    let p = pair(previous, id)
                    if p >= 0 { body(p, text.wordTokenIndex[i - 1], token) }
                }
            }
            previous = id
        }
        if !text.symbolIDs.isEmpty {
            for (k, token) in text.tokens.enumerated() where token.kind == .symbol && token.id != Vocabulary.unknown {
                let t = messageWord[Int(token.id)]
                if t >= 0 { body(t, Int32(k), Int32(k)) }
            }
        }
    }
}
