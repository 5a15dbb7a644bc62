/// Plain cues of what the other person's last turn did to the one who answers it: spoke to
/// "you", said what "you" did or failed to do, asked why, named a feeling. Unlike a complaint
/// rule they do not decide anything; the model weighs them, because a reason given after "you
/// forgot my birthday" is an excuse and the same reason after "what time is it?" is an answer.
public struct ContextCues: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    /// Creates cues from their bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// It speaks to or about "you".
    public static let addressesYou = ContextCues(rawValue: 1 << 0)
    /// It says something about "you" and is not a question.
    public static let youStatement = ContextCues(rawValue: 1 << 1)
    /// It speaks of "you" with a negation or a word of failure ("didn't", "never", "forgot", "again").
    public static let youWithFailure = ContextCues(rawValue: 1 << 2)
    /// It exclaims.
    public static let exclaims = ContextCues(rawValue: 1 << 3)
    /// "You" is the subject of something done ("you said", "u left", "you promised").
    public static let youDid = ContextCues(rawValue: 1 << 4)
    /// It asks why, or asks whether "you" did something ("why did you", "how could you", "did u").
    public static let asksWhy = ContextCues(rawValue: 1 << 5)
    /// It names a feeling of the speaker's ("I feel", "hurt", "upset").
    public static let namesFeeling = ContextCues(rawValue: 1 << 6)
    /// It is long (more than twelve words).
    public static let isLong = ContextCues(rawValue: 1 << 7)
    /// It shares the speaker's own news, effort or plan ("I finished the shelf", "I've decided to…").
    public static let sharesNews = ContextCues(rawValue: 1 << 8)
    /// It apologises ("sorry", "my fault", "I apologise").
    public static let apologises = ContextCues(rawValue: 1 << 9)
    /// It asks "you" to do or stop something ("can you…", "please", "stop…").
    public static let requests = ContextCues(rawValue: 1 << 10)

    /// Every cue, in bit order (the order of the model's `ctx.cue-*` features).
    public static let all: [ContextCues] = (0..<11).map { ContextCues(rawValue: 1 << $0) }
}

/// Finds `ContextCues` in a tokenized turn: one table read per word (the word's kinds as bits).
struct ContextCueFinder: Sendable {
    /// Kinds of word the cues look for, as bits of `kinds`.
    private enum Kind: UInt16 {
        case failure = 1, done = 2, whyOpener = 4, whyFollower = 8, askVerb = 16, subjectYou = 32, feeling = 64,
             feelVerb = 128, selfWord = 256, news = 512, apology = 1024, requestModal = 2048, requestWord = 4096
    }

    /// For each vocabulary id, the kinds it belongs to.
    private let kinds: [UInt16]

    init(vocabulary: Vocabulary) {
        var kinds = Array(repeating: UInt16(0), count: vocabulary.count)
        func mark(_ kind: Kind, _ words: [String]) {
            for word in words {
                let id = vocabulary.id(of: word)
                if id != Vocabulary.unknown { kinds[Int(id)] |= kind.rawValue }
            }
        }
        mark(.failure, ["not", "never", "didnt", "dont", "havent", "hasnt", "wasnt", "werent", "wont", "cant", "couldnt", "wouldnt",
                        "forgot", "forget", "again", "still", "without", "no"])
        mark(.done, ["said", "told", "left", "forgot", "took", "ate", "broke", "made", "let", "gave", "went", "spent", "promised",
                     "missed", "ignored", "lost", "kept", "keep", "always", "never", "did", "didnt", "just", "were", "was",
                     "used", "borrowed", "booked", "cancelled", "canceled", "invited", "laughed", "yelled", "shouted", "walked",
                     "moved", "changed", "decided", "agreed", "signed", "bought", "sold", "scratched", "dented", "ruined",
                     "embarrassed", "interrupted", "snapped", "hung", "skipped", "showed", "brought", "put",
                     "threw", "dropped", "knocked", "leave", "leaving", "forget", "wasted", "owe", "owed", "lied", "hid"])
        mark(.whyOpener, ["why", "how"])
        mark(.whyFollower, ["did", "do", "would", "are", "were", "is", "didnt", "dont", "cant", "could", "does", "doesnt", "have"])
        mark(.askVerb, ["did", "were", "have", "do"])
        mark(.subjectYou, ["you", "u", "ya"])
        mark(.feeling, ["hurt", "upset", "embarrassed", "annoyed", "angry", "mad", "frustrated", "disappointed", "sad", "humiliated",
                        "ignored", "invisible", "alone", "lonely", "stressed", "scared", "worried"])
        mark(.feelVerb, ["feel", "felt", "feeling"])
        // The tokenizer reads "I'm" and "I've" as one word.
        mark(.selfWord, ["i", "im", "ive"])
        mark(.news, ["finished", "made", "got", "cleaned", "fixed", "cooked", "baked", "bought", "decided", "signed", "passed",
                     "started", "built", "planted", "finally", "just", "think", "thinking", "want", "wanna", "im", "am", "ive",
                     "have", "did", "managed", "booked", "wrote", "painted", "ran", "won", "learned", "learnt", "joined",
                     "applied", "tried", "organised", "organized", "sorted", "ironed", "found", "planned", "reckon"])
        mark(.apology, ["sorry", "apologise", "apologize", "apologies", "apology", "sry", "soz"])
        mark(.requestModal, ["can", "could", "would", "will", "cant", "couldnt", "wont"])
        mark(.requestWord, ["please", "pls", "plz", "stop"])
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
        var any: UInt16 = 0
        kinds.withUnsafeBufferPointer { kinds in
            var previous: UInt16 = 0
            for id in text.wordIDs {
                let kind = id == Vocabulary.unknown ? 0 : kinds[Int(id)]
                any |= kind
                func has(_ bits: UInt16, _ k: Kind) -> Bool { bits & k.rawValue != 0 }
                if has(previous, .subjectYou) && has(kind, .done) { cues.insert(.youDid) }
                if has(previous, .whyOpener) && has(kind, .whyFollower) { cues.insert(.asksWhy) }
                if has(previous, .askVerb) && has(kind, .subjectYou) { cues.insert(.asksWhy) }
                if has(previous, .selfWord) && has(kind, .feelVerb) { cues.insert(.namesFeeling) }
                if has(previous, .selfWord) && has(kind, .news) { cues.insert(.sharesNews) }
                if has(previous, .requestModal) && has(kind, .subjectYou) { cues.insert(.requests) }
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
