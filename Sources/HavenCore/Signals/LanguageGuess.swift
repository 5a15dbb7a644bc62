/// Decides whether a message is English, which the engine reads, or another language, which it
/// reports as not supported instead of labelling.
struct LanguageGuess: Sendable {
    /// Language codes, English first.
    let codes: [String]
    /// For each vocabulary id, one bit per language (bit `k` for `codes[k]`) whose word list
    /// holds it: one pass over a message finds which languages have any word in it, and only
    /// those are counted.
    private let masks: [UInt32]
    /// The most word lists the masks hold (the rule book has ten; compiling refuses more).
    static let maximumLanguages = 32

    init(languages: [(code: String, words: WordSet)]) {
        let kept = Array(languages.prefix(LanguageGuess.maximumLanguages))
        codes = kept.map(\.code)
        let members = kept.map(\.words.members)  // each bitmap read once
        let capacity = members.compactMap(\.last).map { Int($0) + 1 }.max() ?? 0
        var masks = Array(repeating: UInt32(0), count: capacity)
        for (k, ids) in members.enumerated() {
            for id in ids { masks[Int(id)] |= 1 << UInt32(k) }
        }
        self.masks = masks
    }

    /// The language code: "en", another ISO 639-1 code for Latin-script languages, or
    /// "und-<Script>" for other scripts.
    func language(of text: TokenizedText, source: String) -> String {
        if text.otherLetters > text.latinLetters && text.otherLetters >= 2 {
            return "und-" + LanguageGuess.script(of: source)
        }
        guard text.wordCount >= 3, codes.first == "en" else { return "en" }
        var englishHits = 0
        var others: UInt32 = 0
        for id in text.wordIDs where id > 0 && Int(id) < masks.count {
            let mask = masks[Int(id)]
            englishHits += Int(mask & 1)
            others |= mask & ~1
        }
        var best = (code: "en", hits: 0)
        // Count only the languages with a word in the message (for most messages, none).
        while others != 0 {
            let k = others.trailingZeroBitCount
            others &= others - 1
            var hits = 0
            for id in text.wordIDs where id > 0 && Int(id) < masks.count && masks[Int(id)] & (1 << UInt32(k)) != 0 { hits += 1 }
            if hits > best.hits { best = (codes[k], hits) }
        }
        if best.hits >= 2 && best.hits > englishHits { return best.code }
        if text.wordCount >= 4 && englishHits == 0 && best.hits >= 1 && best.hits * 4 >= text.wordCount { return best.code }
        return "en"
    }

    /// The ISO 15924 code of the first non-Latin letter's script.
    static func script(of text: String) -> String {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0370...0x03FF, 0x1F00...0x1FFF: return "Grek"
            case 0x0400...0x052F: return "Cyrl"
            case 0x0530...0x058F: return "Armn"
            case 0x0590...0x05FF: return "Hebr"
            case 0x0600...0x08FF: return "Arab"
            case 0x0900...0x097F: return "Deva"
            case 0x0980...0x0DFF: return "Indic"
            case 0x0E00...0x0E7F: return "Thai"
            case 0x10A0...0x10FF: return "Geor"
            case 0x1100...0x11FF, 0xAC00...0xD7AF: return "Hang"
            case 0x3040...0x30FF: return "Jpan"
            case 0x3400...0x4DBF, 0x4E00...0x9FFF: return "Hani"
            default: continue
            }
        }
        return "Zyyy"
    }
}
