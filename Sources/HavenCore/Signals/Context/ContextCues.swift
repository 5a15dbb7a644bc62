/// Plain cues of what the other person's last turn did to the one who answers it: spoke to
/// "you", said what "you" did or failed to do, asked why, named a feeling. Unlike a complaint
/// rule they do not decide anything; the model weighs them, because a reason given after "you
/// forgot my birthday" is an excuse and the same reason after "what time is it?" is an answer.
public struct ContextCues: OptionSet, Sendable, Hashable {
    /// The cues as bits.
    public let rawValue: UInt16
    /// Creates cues from their bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// It speaks to or about "you".
    public static let addressesYou = ContextCues(rawValue: 1 << 0)
    /// It says something about "you" and does not end with a question.
    public static let youStatement = ContextCues(rawValue: 1 << 1)
    /// It speaks of "you" with a negation or a word of failure ("didn't", "never", "forgot", "again").
    public static let youWithFailure = ContextCues(rawValue: 1 << 2)
    /// It exclaims.
    public static let exclaims = ContextCues(rawValue: 1 << 3)
    /// "You" is the subject of something done ("you said", "u left", "you promised").
    public static let youDid = ContextCues(rawValue: 1 << 4)
    /// It asks why, or asks whether "you" did something ("why did you", "how could you", "did u").
    public static let asksWhy = ContextCues(rawValue: 1 << 5)
    /// It names a feeling ("I feel", "hurt", "upset").
    public static let namesFeeling = ContextCues(rawValue: 1 << 6)
    /// It is long (more than twelve words).
    public static let isLong = ContextCues(rawValue: 1 << 7)
    /// The speaker speaks of themselves: their news, effort, plan or view ("I finished the shelf",
    /// "I've decided to…", "I think I'll…", "I am…"), which a mocking reply can belittle.
    public static let speaksOfThemselves = ContextCues(rawValue: 1 << 8)
    /// It apologises ("sorry", "my fault", "my bad").
    public static let apologises = ContextCues(rawValue: 1 << 9)
    /// It asks "you" to do or stop something ("can you…", "please", "stop…").
    public static let requests = ContextCues(rawValue: 1 << 10)

    /// Every cue the model reads, with the name of its feature, in feature order. `addressesYou`
    /// alone is not among them: "how was your day?" speaks to "you" too, and would make any
    /// reason given in answer look like an excuse.
    public static let named: [(cue: ContextCues, feature: String)] = [
        (.youStatement, "ctx.you-statement"), (.youWithFailure, "ctx.you-failure"),
        (.exclaims, "ctx.exclaim"), (.youDid, "ctx.you-did"), (.asksWhy, "ctx.why"), (.namesFeeling, "ctx.feeling"),
        (.isLong, "ctx.long"), (.speaksOfThemselves, "ctx.self"), (.apologises, "ctx.apology"), (.requests, "ctx.request"),
    ]
}
