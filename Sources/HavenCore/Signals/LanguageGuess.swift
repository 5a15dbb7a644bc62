/// Decides whether a message is English, which the engine reads, or another language, which it
/// reports as not supported instead of labelling.
struct LanguageGuess: Sendable {
    let languages: [(code: String, words: WordSet)]

    /// The language code: "en", another ISO 639-1 code for Latin-script languages, or
    /// "und-<Script>" for other scripts.
    func language(of text: TokenizedText, source: String) -> String {
        if text.otherLetters > text.latinLetters && text.otherLetters >= 2 {
            return "und-" + LanguageGuess.script(of: source)
        }
        guard text.wordCount >= 3, let english = languages.first, english.code == "en" else { return "en" }
        var englishHits = 0
        var best = (code: "en", hits: 0)
        for id in text.wordIDs where english.words.contains(id) { englishHits += 1 }
        for language in languages.dropFirst() {
            var hits = 0
            for id in text.wordIDs where language.words.contains(id) { hits += 1 }
            if hits > best.hits { best = (language.code, hits) }
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
