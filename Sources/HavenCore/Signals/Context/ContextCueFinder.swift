/// Finds `ContextCues` in a tokenized turn: one table read per word (the word's kinds as bits).
struct ContextCueFinder: Sendable {
    /// Kinds of word the cues look for, as bits of `kinds`.
    private enum Kind: UInt32 {
        case failure = 0x1, done = 0x2, why = 0x4, whyFollower = 0x8, how = 0x10, howFollower = 0x20, askVerb = 0x40,
             subjectYou = 0x80, feeling = 0x100, feelVerb = 0x200, selfWord = 0x400, news = 0x800, apology = 0x1000,
             requestModal = 0x2000, requestWord = 0x4000, adverb = 0x8000, my = 0x10000, fault = 0x20000
    }

    /// The words of each kind. The engine gives every one of them an id whatever the model
    /// (`SignalEngine.structuralWords`), so training and the shipped model read the same cues.
    private static let lists: [(Kind, [String])] = [
        (.failure, ["not", "never", "didnt", "dont", "havent", "hasnt", "wasnt", "werent", "wont", "cant", "couldnt", "wouldnt",
                    "forgot", "forget", "again", "still", "without", "no"]),
        (.done, ["said", "told", "left", "forgot", "took", "ate", "broke", "made", "let", "gave", "went", "spent", "promised",
                 "missed", "ignored", "lost", "kept", "keep", "always", "never", "did", "didnt", "just", "were", "was",
                 "used", "borrowed", "booked", "cancelled", "canceled", "invited", "laughed", "yelled", "shouted", "walked",
                 "moved", "changed", "decided", "agreed", "signed", "bought", "sold", "scratched", "dented", "ruined",
                 "embarrassed", "interrupted", "snapped", "hung", "skipped", "showed", "brought", "put",
                 "threw", "dropped", "knocked", "leave", "leaving", "wasted", "owe", "owed", "lied", "hid"]),
        (.why, ["why"]),
        (.whyFollower, ["did", "do", "would", "are", "were", "is", "didnt", "dont", "cant", "could", "does", "doesnt", "have", "arent", "wont"]),
        (.how, ["how"]),
        (.howFollower, ["could", "can", "dare", "come"]),
        (.askVerb, ["did", "were", "have", "do"]),
        (.subjectYou, ["you", "u", "ya"]),
        (.feeling, ["hurt", "upset", "embarrassed", "annoyed", "angry", "mad", "frustrated", "disappointed", "sad", "humiliated",
                    "invisible", "alone", "lonely", "stressed", "scared", "worried"]),
        (.feelVerb, ["feel", "felt", "feeling"]),
        // The tokenizer reads "I'm" and "I've" as one word.
        (.selfWord, ["i", "im", "ive"]),
        (.news, ["finished", "made", "got", "cleaned", "fixed", "cooked", "baked", "bought", "decided", "signed", "passed",
                 "started", "built", "planted", "thinking", "want", "wanna", "managed", "booked", "wrote", "painted", "ran",
                 "won", "learned", "learnt", "joined", "applied", "tried", "organised", "organized", "sorted", "ironed",
                 "found", "planned", "reckon", "going", "gonna", "think", "am", "im", "ive", "have", "did", "just"]),
        // Words that may stand between "I" and what follows it ("I just finished", "I finally got").
        (.adverb, ["just", "finally", "actually", "really", "totally", "already", "have", "had", "am", "was"]),
        (.apology, ["sorry", "apologise", "apologize", "apologies", "apology", "sry", "soz"]),
        (.my, ["my"]),
        (.fault, ["fault", "bad"]),
        (.requestModal, ["can", "could", "would", "will", "cant", "couldnt", "wont"]),
        (.requestWord, ["please", "pls", "plz", "stop"]),
    ]

    /// Every word the cues look for.
    static var words: [String] { lists.flatMap(\.1) }

    /// For each vocabulary id, the kinds it belongs to.
    private let kinds: [UInt32]

    init(vocabulary: Vocabulary) {
        var kinds = Array(repeating: UInt32(0), count: vocabulary.count)
        for (kind, words) in ContextCueFinder.lists {
            for word in words {
                let id = vocabulary.id(of: word)
                if id != Vocabulary.unknown { kinds[Int(id)] |= kind.rawValue }
            }
        }
        self.kinds = kinds
    }

    /// The cues of one turn.
    ///
    /// - Parameters:
    ///   - text: the turn, tokenized.
    ///   - secondPersonWords: how many of its words speak to "you".
    func cues(of text: TokenizedText, secondPersonWords: Int) -> ContextCues {
        var cues: ContextCues = []
        if text.exclamations > 0 { cues.insert(.exclaims) }
        if text.wordCount > 12 { cues.insert(.isLong) }
        var any: UInt32 = 0
        kinds.withUnsafeBufferPointer { kinds in
            var previous: UInt32 = 0, beforePrevious: UInt32 = 0
            for id in text.wordIDs {
                let kind = id == Vocabulary.unknown ? 0 : kinds[Int(id)]
                any |= kind
                func has(_ bits: UInt32, _ k: Kind) -> Bool { bits & k.rawValue != 0 }
                let afterSelf = has(previous, .selfWord) || (has(previous, .adverb) && has(beforePrevious, .selfWord))
                if has(previous, .subjectYou) && has(kind, .done) { cues.insert(.youDid) }
                if has(previous, .why) && has(kind, .whyFollower) { cues.insert(.asksWhy) }
                if has(previous, .how) && has(kind, .howFollower) { cues.insert(.asksWhy) }
                if has(previous, .askVerb) && has(kind, .subjectYou) { cues.insert(.asksWhy) }
                if has(previous, .selfWord) && has(kind, .feelVerb) { cues.insert(.namesFeeling) }
                if afterSelf && has(kind, .news) { cues.insert(.speaksOfThemselves) }
                if has(previous, .my) && has(kind, .fault) { cues.insert(.apologises) }
                if has(previous, .requestModal) && has(kind, .subjectYou) { cues.insert(.requests) }
                beforePrevious = previous
                previous = kind
            }
        }
        if any & Kind.feeling.rawValue != 0 { cues.insert(.namesFeeling) }
        if any & Kind.apology.rawValue != 0 { cues.insert(.apologises) }
        if any & Kind.requestWord.rawValue != 0 { cues.insert(.requests) }
        if secondPersonWords > 0 {
            cues.insert(.addressesYou)
            if !(text.sentenceIsQuestion.last ?? false) { cues.insert(.youStatement) }
            if any & Kind.failure.rawValue != 0 { cues.insert(.youWithFailure) }
        }
        return cues
    }
}
