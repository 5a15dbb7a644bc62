/// One word of screened text, as a vocabulary id with its place in the original text.
struct SafetyToken: Sendable {
    /// Vocabulary id; 0 for a word the phrase table never mentions.
    var id: Int32
    /// Punctuation before this word: 0 none, 1 clause break (`,` `:` quotes, emoji), 2 sentence break.
    var pause: UInt8
    var scalarStart: Int
    var scalarEnd: Int
    var byteStart: Int
    var byteEnd: Int
}

/// Splits UTF-8 text into lowercased word tokens in one pass over its bytes.
///
/// ASCII letters are lowercased; other letters are kept as they are. Apostrophes inside a
/// word split off contractions (`don't` → `do not`, `he'll` → `he will`); chat spellings
/// are rewritten through the phrase table's expansions (`dont` → `do not`).
struct SafetyTokenizer {
    static let maxWordBytes = 48
    let table: SafetyPhraseTable

    /// Appends the tokens of `text` to `tokens`.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout [SafetyToken]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maxWordBytes) { word in
            var state = WordState()
            var i = 0, scalar = 0
            let n = text.count
            while i < n {
                let b = text[i]
                if b < 0x80 {
                    if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || (b >= 65 && b <= 90) {
                        state.append(b >= 65 && b <= 90 ? b | 0x20 : b, at: i, scalar: scalar, into: word)
                    } else if b == 0x27, state.inWord {
                        state.markApostrophe()
                    } else {
                        flush(&state, word, endByte: i, endScalar: scalar, into: &tokens)
                        state.pause = max(state.pause, Self.pause(ascii: b))
                    }
                    i += 1
                    scalar += 1
                    continue
                }
                let (value, length) = Self.decode(text, at: i)
                if value == 0x2019 || value == 0x2018 || value == 0x02BC, state.inWord {
                    state.markApostrophe()
                } else if let level = Self.pause(scalar: value) {
                    flush(&state, word, endByte: i, endScalar: scalar, into: &tokens)
                    state.pause = max(state.pause, level)
                } else {
                    for k in 0..<length {
                        var byte = text[i + k]
                        // Fold Latin-1 capitals (À…Þ except ×) to lowercase.
                        if k == 1, text[i] == 0xC3, byte >= 0x80, byte <= 0x9E, byte != 0x97 { byte += 0x20 }
                        state.append(byte, at: i + k, scalar: scalar, into: word)
                    }
                }
                i += length
                scalar += 1
            }
            flush(&state, word, endByte: n, endScalar: scalar, into: &tokens)
        }
    }

    private func flush(
        _ state: inout WordState, _ word: UnsafeMutableBufferPointer<UInt8>,
        endByte: Int, endScalar: Int, into tokens: inout [SafetyToken]
    ) {
        guard state.inWord else { return }
        var token = SafetyToken(
            id: 0, pause: state.pause, scalarStart: state.scalarStart, scalarEnd: endScalar,
            byteStart: state.byteStart, byteEnd: endByte)
        func emit(_ id: Int32) {
            token.id = id
            tokens.append(token)
            token.pause = 0
        }
        func emitWord(_ range: Range<Int>) {
            let id = state.overflow ? 0 : table.vocabulary.lookup(UnsafeBufferPointer(rebasing: word[range]))
            let expansion = table.expansions[Int(id)]
            if expansion.isEmpty { emit(id) } else { for e in expansion { emit(e) } }
        }
        let count = min(state.count, Self.maxWordBytes)
        let apostrophe = state.apostrophe
        if apostrophe > 0, apostrophe < count, !state.overflow {
            let suffix = UnsafeBufferPointer(rebasing: word[apostrophe..<count])
            let extra = Self.contraction(suffix, table: table)
            if suffix.count == 1, suffix[0] == 116, word[apostrophe - 1] == 110, apostrophe >= 2 {
                emitWord(0..<(apostrophe - 1))  // don't → do + not
                emit(table.not)
            } else if let extra {
                emitWord(0..<apostrophe)
                emit(extra)
            } else {
                emitWord(0..<count)
            }
        } else {
            emitWord(0..<count)
        }
        state = WordState()
    }

    /// The word a contraction suffix stands for (`ll` → will), or nil when it is not one.
    private static func contraction(_ suffix: UnsafeBufferPointer<UInt8>, table: SafetyPhraseTable) -> Int32? {
        switch (suffix.count, suffix.first ?? 0, suffix.last ?? 0) {
        case (2, 108, 108): table.will      // ll
        case (1, 100, _): table.would       // d
        case (2, 114, 101): table.are       // re
        case (2, 118, 101): table.have      // ve
        case (1, 109, _): table.am          // m
        case (1, 115, _): table.isWord          // s
        default: nil
        }
    }

    private static func pause(ascii b: UInt8) -> UInt8 {
        switch b {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x0A, 0x0D: 2        // . ! ? ; newline
        case 0x2C, 0x3A, 0x28, 0x29, 0x22, 0x5B, 0x5D: 1  // , : ( ) " [ ]
        default: 0
        }
    }

    /// The pause a non-ASCII scalar makes, or nil when it is part of a word.
    private static func pause(scalar v: UInt32) -> UInt8? {
        switch v {
        case 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x061F, 0x06D4, 0x0964: 2
        case 0x201C, 0x201D, 0x2013, 0x2014, 0x00AB, 0x00BB, 0x1F000...0x1FAFF, 0x2600...0x27BF: 1
        case 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x2BFF, 0x3000...0x303F, 0xFE00...0xFE0F,
            0xFEFF, 0xFF00...0xFF0F, 0xE0000...0xE007F, 0xFFFD:
            0
        default: nil
        }
    }

    /// Decodes the scalar starting at `i`; malformed bytes decode as U+FFFD of length 1.
    private static func decode(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = text[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= text.count else { return (0xFFFD, 1) }
        var value = UInt32(b) & (0xFF >> UInt32(length + 1))
        for k in 1..<length {
            let c = text[i + k]
            guard c & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(c & 0x3F)
        }
        return (value, length)
    }
}

/// The word being read by ``SafetyTokenizer``.
private struct WordState {
    var count = 0
    var apostrophe = -1
    var overflow = false
    var byteStart = 0
    var scalarStart = 0
    var pause: UInt8 = 0
    var inWord: Bool { count > 0 }

    mutating func append(_ byte: UInt8, at index: Int, scalar: Int, into word: UnsafeMutableBufferPointer<UInt8>) {
        if count == 0 {
            byteStart = index
            scalarStart = scalar
        }
        if count < SafetyTokenizer.maxWordBytes { word[count] = byte } else { overflow = true }
        count += 1
    }

    mutating func markApostrophe() {
        if apostrophe < 0 { apostrophe = count }
    }
}
