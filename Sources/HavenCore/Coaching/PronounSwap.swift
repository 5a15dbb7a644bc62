import Foundation

/// Turns a sentence about "you" into one about "I" and back ("you forgot the milk" →
/// "I forgot the milk"), for rewrites that take the other person's complaint on board.
enum PronounSwap {
    private static let table: [String: String] = [
        "you": "I", "u": "I", "ya": "I", "your": "my", "ur": "my", "yours": "mine", "yourself": "myself",
        "you're": "I'm", "youre": "I'm", "you've": "I've", "youve": "I've", "you'd": "I'd", "youd": "I'd",
        "you'll": "I'll", "youll": "I'll", "you were": "I was", "i": "you", "me": "you", "my": "your", "mine": "yours",
        "myself": "yourself", "i'm": "you're", "im": "you're", "i've": "you've", "ive": "you've", "i'd": "you'd",
        "i'll": "you'll", "are": "am", "were": "was",
    ]

    /// Swaps first and second person in a phrase, word by word.
    static func swap(_ phrase: String) -> String {
        let words = phrase.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var out: [String] = []
        var previousWasYou = false, previousWasI = false
        for word in words {
            let core = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
            let normalised = core.replacingOccurrences(of: "’", with: "'")
            if (normalised == "are" || normalised == "were") && !previousWasYou {
                out.append(word)
            } else if previousWasI, let verb = ["was": "were", "am": "are"][normalised] {
                out.append(verb)  // "while I was away" becomes "while you were away"
            } else if let swapped = table[normalised] {
                out.append(swapped)
            } else {
                out.append(word)
            }
            previousWasYou = ["you", "u", "ya"].contains(normalised)
            previousWasI = normalised == "i"
        }
        return out.joined(separator: " ")
    }
}

