/// What one earlier turn contributes as context: whether it complained, attacked or asked.
public struct TurnSummary: Sendable, Hashable {
    /// Who said it.
    public var speaker: String
    /// It complained about or attacked the addressee (a horseman, a complaint, assumed bad intent).
    public var isComplaint: Bool
    /// It carried tension: a complaint, strong negative words, shouting or a horseman.
    public var isTense: Bool
    /// It ended with a question.
    public var isQuestion: Bool
    /// It reached out: asked to talk, said how the speaker feels, pleaded for an answer.
    public var isBid: Bool
    /// It laughed ("haha", "lol", 😂): with laughter in reply, teasing reads as banter.
    public var isLaughing: Bool
    /// Stable hashes of its first 64 words, so a reply that echoes them can be seen (hashes, not
    /// vocabulary ids: they mean the same under every model).
    var wordHashes: [UInt64] = []
    /// What it did to the one who answers it: spoke to "you", said what "you" did, asked why…
    public var cues: ContextCues

    /// Creates a summary.
    public init(speaker: String, isComplaint: Bool, isTense: Bool, isQuestion: Bool, isLaughing: Bool = false, isBid: Bool = false, cues: ContextCues = []) {
        self.isBid = isBid
        self.cues = cues
        self.isLaughing = isLaughing
        self.speaker = speaker
        self.isComplaint = isComplaint
        self.isTense = isTense
        self.isQuestion = isQuestion
    }
}
