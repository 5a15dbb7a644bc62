/// The active features of one message: sparse (index, value) pairs plus the hits behind them.
struct FeatureVector: Sendable {
    var indices: [Int] = []
    var values: [Double] = []
    /// For active rule and combo features, the rule hits that are their evidence (a short list).
    private(set) var evidenceList: [(feature: Int, hits: [RuleHit])] = []
    /// For active word terms of the message, the words they cover (kept flat: no list per term).
    private(set) var termEvidence: [(feature: Int, hit: RuleHit)] = []
    /// Where the word terms start in `indices` (they come last).
    var termOffset = 0
    /// The message answers a calm question: the other person asked something with no complaint,
    /// tension (in the last three turns), bid or pointed remark ("you did…", "why…") before it.
    /// Labels whose words need something to answer ignore the word terms then.
    var calmContext = false
    /// Labels (indices in `SignalLabel.ordered`) that a `definite` rule reports whatever the
    /// learned score says, each with that rule; almost always empty.
    var definite: [(label: Int, rule: Int)] = []

    /// Labels a `rulesOut` rule keeps from being reported; almost always empty.
    var ruledOut: [RuledOut] = []

    /// A label that rules keep from being reported: the first such rule and the words of all of them.
    struct RuledOut: Sendable {
        var label: Int
        var rule: Int
        /// The words the rules matched: a rule of the label firing inside them is part of what is
        /// ruled out, one firing elsewhere (even later in the sentence) keeps the label.
        var matched: SpanSet
        /// Those words stretched to the end of the sentence each match ends in: the learned words
        /// inside them belong to the question ("… having kids?").
        var sentence: SpanSet
    }

    /// Spans of tokens, for asking whether a hit lies within one of them.
    struct SpanSet: Sendable {
        /// The spans' first tokens, in order, and for each the furthest last token of it and
        /// the spans before it: a lookup in `covers` is a binary search, so a long message with
        /// thousands of spans does not cost the square of their number.
        private var starts: [Int32] = []
        private var reach: [Int32] = []

        init(_ hits: [RuleHit]) {
            var furthest = Int32.min
            for hit in hits.sorted(by: { $0.firstToken < $1.firstToken }) {
                furthest = max(furthest, hit.lastToken)
                starts.append(hit.firstToken)
                reach.append(furthest)
            }
        }

        /// Whether a hit lies within one of the spans.
        func covers(_ hit: RuleHit) -> Bool {
            // The last span that starts at or before the hit; any earlier one reaches no further.
            var low = 0, high = starts.count
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] <= hit.firstToken { low = mid + 1 } else { high = mid }
            }
            return low > 0 && reach[low - 1] >= hit.lastToken
        }
    }

    /// The `definite` rule that reports a label, or nil.
    func definiteRule(for label: Int) -> Int? {
        definite.first { $0.label == label }?.rule
    }

    /// What rules a label out, or nil.
    func rulingOut(_ label: Int) -> RuledOut? {
        ruledOut.first { $0.label == label }
    }

    init() {}

    /// An empty vector with room for `features` features, `terms` of them word terms: one
    /// allocation per list instead of one per doubling as a message's features are added.
    init(reservingFeatures features: Int, terms: Int) {
        indices.reserveCapacity(features)
        values.reserveCapacity(features)
        termEvidence.reserveCapacity(terms)
    }

    /// How many of `indices` count for a label: all of them, or, after a calm question, those
    /// before the word terms when the label's words need something to answer.
    func countedFeatures(wordsNeedSomethingToAnswer: Bool) -> Int {
        wordsNeedSomethingToAnswer && calmContext ? min(termOffset, indices.count) : indices.count
    }

    /// The evidence of a feature, or nil.
    func evidence(_ feature: Int) -> [RuleHit]? {
        for entry in evidenceList where entry.feature == feature { return entry.hits }
        for entry in termEvidence where entry.feature == feature { return [entry.hit] }
        return nil
    }

    /// Adds an active word term of the message with the words it covers.
    mutating func setTerm(_ feature: Int, _ hit: RuleHit) {
        indices.append(feature)
        values.append(1)
        termEvidence.append((feature, hit))
    }

    mutating func setEvidence(_ feature: Int, _ hits: [RuleHit]) {
        if let i = evidenceList.firstIndex(where: { $0.feature == feature }) {
            evidenceList[i].hits += hits
        } else {
            evidenceList.append((feature, hits))
        }
    }

    mutating func set(_ index: Int, _ value: Double) {
        guard value != 0 else { return }
        indices.append(index)
        values.append(value)
    }

    /// Whether a feature is active.
    func has(_ index: Int) -> Bool { indices.contains(index) }
}

/// The context a message is read in, reduced to the flags the model uses.
struct ContextFlags: Sendable {
    var present = false
    var tension = false
    var complaint = false
    var question = false
    var laughter = false
    /// The other person's last turn reached out (asked to talk, shared a feeling, pleaded).
    var bid = false
    /// The other person's last turn was tense itself (not only some turn before it).
    var otherTense = false
    /// Word hashes of the other person's last turn, for spotting echoes of it.
    var otherWords: [UInt64] = []
    /// The cues of the other person's last turn.
    var otherCues: ContextCues = []

    /// Reads the flags from summaries of the turns before a message by `speaker`.
    init(summaries: [TurnSummary], speaker: String?) {
        guard !summaries.isEmpty else { return }
        present = true
        let recent = summaries.suffix(3)
        tension = recent.contains { $0.isTense }
        let isOther: (TurnSummary) -> Bool = { turn in
            guard let speaker, !speaker.isEmpty else { return true }
            return turn.speaker != speaker
        }
        if let lastOther = summaries.suffix(2).last(where: isOther) {
            complaint = lastOther.isComplaint
        }
        if let last = summaries.last, isOther(last) { question = last.isQuestion }
        laughter = summaries.suffix(2).contains { $0.isLaughing && isOther($0) }
        if let lastOther = summaries.suffix(2).last(where: isOther) {
            bid = lastOther.isBid
            otherTense = lastOther.isTense
            otherWords = lastOther.wordHashes
            otherCues = lastOther.cues
        }
    }

    init() {}
}
