/// Splits UTF-8 text into normalised tokens: lower case, apostrophes dropped inside words
/// ("don't" and "dont" read the same), letters stretched for effect folded ("sooo" reads "so").
///
/// Works on bytes in one pass and allocates only the output arrays, so it is safe on any
/// input: empty text, emoji, right-to-left scripts, control characters or a megabyte of text.
public struct Tokenizer: Sendable {
    /// The vocabulary that gives each word its id.
    public let vocabulary: Vocabulary

    /// Creates a tokenizer over a vocabulary.
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Tokenizes a message.
    ///
    /// - Parameter text: the message.
    /// - Returns: its tokens, words and structure.
    public func tokenize(_ text: String) -> TokenizedText {
        var text = text
        return text.withUTF8 { tokenize(bytes: $0) }
    }

    /// Tokenizes UTF-8 bytes (which must be valid UTF-8, as a Swift string's are).
    public func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> TokenizedText {
        var out = TokenizedText()
        out.reserve(bytes: bytes.count)
        var scanner = ByteScanner(bytes: bytes)
        var sentence: Int32 = 0, clause: Int32 = 0
        var inQuotes = false
        // Where the single quote that closes the current single-quoted span sits, if one is open.
        var singleQuoteClose: Int?
        var sentenceHasWords = false
        while let (value, length) = scanner.peekScalar() {
            let start = scanner.position
            let cls = ScalarClass.of(value)
            // Where a single quote that opens a quotation here would close it (looked up once).
            let opensUntil = cls == .apostrophe && !inQuotes && singleQuoteClose != start
                ? SingleQuotes.closing(bytes, openedAt: start, length: length, value: value) : nil
            switch cls {
            case .letter, .digit:
                let word = scanner.scanWord()
                let id = word.flatMap { vocabulary.lookUp($0) } ?? Vocabulary.unknown
                let shouting = word?.isShouting ?? false
                out.latinLetters += word?.latinLetters ?? 0
                out.otherLetters += word?.otherLetters ?? 0
                if shouting { out.shoutingWords += 1 }
                out.wordTokenIndex.append(Int32(out.tokens.count))
                out.tokens.append(Token(start: Int32(start), end: Int32(scanner.position), id: id, kind: .word, isShouting: shouting))
                out.wordIDs.append(id)
                out.wordHashes.append(word?.hash ?? 0)
                out.wordClause.append(clause)
                out.wordSentence.append(sentence)
                out.wordInQuotes.append(inQuotes)
                sentenceHasWords = true
            case .sentenceEnd:
                scanner.advance(length)
                if value == 0x21 { out.exclamations += 1 }
                out.tokens.append(Token(start: Int32(start), end: Int32(scanner.position), id: Vocabulary.unknown, kind: .sentenceEnd))
                if sentenceHasWords {
                    out.sentenceIsQuestion.append(value == 0x3F)
                    sentence += 1
                    clause += 1
                    sentenceHasWords = false
                } else if value == 0x3F, !out.sentenceIsQuestion.isEmpty, (out.tokens.count >= 2 && out.tokens[out.tokens.count - 2].kind == .sentenceEnd) {
                    out.sentenceIsQuestion[out.sentenceIsQuestion.count - 1] = true  // "what?!" and "really!?"
                }
            case .clauseBreak, .hyphen:
                scanner.advance(length)
                out.tokens.append(Token(start: Int32(start), end: Int32(scanner.position), id: Vocabulary.unknown, kind: .clauseBreak))
                clause += 1
            case .quote:
                scanner.advance(length)
                out.tokens.append(Token(start: Int32(start), end: Int32(scanner.position), id: Vocabulary.unknown, kind: .quote))
                inQuotes.toggle()
                clause += 1
            case .symbol:
                scanner.advance(length)
                let id = vocabulary.id(forHash: StableHash.hash(UnsafeBufferPointer(rebasing: bytes[start..<scanner.position])))
                out.tokens.append(Token(start: Int32(start), end: Int32(scanner.position), id: id, kind: .symbol))
                if id != Vocabulary.unknown { out.symbolIDs.append(id) }
            case .apostrophe where singleQuoteClose == start || opensUntil != nil:
                scanner.advance(length)
                out.tokens.append(Token(start: Int32(start), end: Int32(scanner.position), id: Vocabulary.unknown, kind: .quote))
                singleQuoteClose = singleQuoteClose == start ? nil : opensUntil
                inQuotes = singleQuoteClose != nil
                clause += 1
            case .space, .apostrophe, .ignorable, .other:
                if value == 0x0A, sentenceHasWords {  // a line break ends a chat sentence
                    out.sentenceIsQuestion.append(false)
                    sentence += 1
                    clause += 1
                    sentenceHasWords = false
                }
                scanner.advance(length)
            }
        }
        if sentenceHasWords { out.sentenceIsQuestion.append(false) }
        return consume out  // moved out, not copied and released (nine arrays)
    }

    /// The normalised hash of a single word, as the tokenizer would compute it, or `nil` when
    /// the text is not exactly one token. Symbols (emoji) hash their bytes.
    static func normalisedHash(of word: String) -> UInt64? {
        var word = word
        return word.withUTF8 { bytes -> UInt64? in
            var scanner = ByteScanner(bytes: bytes)
            guard let (value, length) = scanner.peekScalar() else { return nil }
            switch ScalarClass.of(value) {
            case .letter, .digit:
                guard let scanned = scanner.scanWord(), scanner.peekScalar() == nil else { return nil }
                return scanned.hash
            case .symbol:
                scanner.advance(length)
                while let (v, l) = scanner.peekScalar(), ScalarClass.of(v) == .ignorable { scanner.advance(l) }
                guard scanner.peekScalar() == nil else { return nil }
                return StableHash.hash(UnsafeBufferPointer(rebasing: bytes[0..<length]))
            default:
                return nil
            }
        }
    }
}

extension Vocabulary {
    @inline(__always)
    func lookUp(_ word: ScannedWord) -> Int32 {
        let id = id(forHash: word.hash)
        if id == Vocabulary.unknown, let folded = word.foldedHash { return self.id(forHash: folded) }
        return id
    }
}
