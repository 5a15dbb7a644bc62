/// The rules that override the learned score: `definite` rules that report their label, and
/// `rulesOut` rules that keep a label from being reported.
extension FeatureExtractor {
    /// The labels a `definite` rule among the hits reports, each with the first such rule: those
    /// whose rule fired while nothing in its `definiteUnless` matched (read in `vetoes`, the hits
    /// before any `unless` cancelled them) and, when listed, the other did not just laugh.
    func definiteLabels(hits: [RuleHit], vetoes: [RuleHit], otherLaughed: Bool) -> [(label: Int, rule: Int)] {
        guard !compiled.definite.isEmpty, hits.contains(where: { isDefinite[Int($0.rule)] }) else { return [] }
        var fired = Array(repeating: false, count: compiled.rules.count)
        for hit in hits { fired[Int(hit.rule)] = true }
        var matched = Array(repeating: false, count: compiled.rules.count)
        for hit in vetoes where Int(hit.rule) < compiled.rules.count { matched[Int(hit.rule)] = true }
        var labels: [(label: Int, rule: Int)] = []
        for entry in compiled.definite where fired[entry.rule] && !labels.contains(where: { $0.label == entry.label }) {
            guard !(entry.unlessOtherLaughed && otherLaughed), !entry.unless.contains(where: { matched[$0] }) else { continue }
            labels.append((entry.label, entry.rule))
        }
        return labels
    }

    /// The labels a `rulesOut` rule among the hits rules out, each with the words it matched and
    /// those words stretched to the end of their sentence (the whole question, "do you ever
    /// think about having kids?"). Only labels no rule of their own fires for outside the
    /// matched words ("do you ever think about money, because you never save" keeps criticism
    /// for "you never"). The learned words outside the sentence are weighed when the score is
    /// made (`SignalEngine.scoreOverride`), where their weights are known.
    func ruledOutLabels(hits: [RuleHit], in text: TokenizedText) -> [FeatureVector.RuledOut] {
        guard !compiled.rulingOut.isEmpty, hits.contains(where: { isRulingOut[Int($0.rule)] }) else { return [] }
        var spans: [(label: Int, rule: Int, hits: [RuleHit])] = []
        for entry in compiled.rulingOut {
            let own = hits.filter { Int($0.rule) == entry.rule }
            guard !own.isEmpty else { continue }
            for label in entry.labels {
                if let k = spans.firstIndex(where: { $0.label == label }) { spans[k].hits += own } else { spans.append((label, entry.rule, own)) }
            }
        }
        return spans.map { span in
            FeatureVector.RuledOut(label: span.label, rule: span.rule,
                                   matched: FeatureVector.SpanSet(span.hits.map { stretched($0, toSentenceEnd: false, in: text) }),
                                   sentence: FeatureVector.SpanSet(span.hits.map { stretched($0, toSentenceEnd: true, in: text) }))
        }.filter { candidate in
            !hits.contains { hit in ruleLabel[Int(hit.rule)] == candidate.label && !candidate.matched.covers(hit) }
        }
    }

    /// A hit stretched over the marks after its last word ("bye." takes in the "."), and with
    /// `toSentenceEnd` over the rest of the sentence that word is in as well. Binary searches, so
    /// thousands of hits in one run-on sentence stay cheap.
    func stretched(_ hit: RuleHit, toSentenceEnd: Bool, in text: TokenizedText) -> RuleHit {
        let words = text.wordTokenIndex
        var end = text.firstWord(after: hit.lastToken)
        guard end > 0 else { return hit }
        if toSentenceEnd {
            // The first word of a later sentence (sentence numbers only grow along the words).
            let sentence = text.wordSentence[end - 1]
            var high = words.count
            while end < high {
                let mid = (end + high) / 2
                if text.wordSentence[mid] <= sentence { end = mid + 1 } else { high = mid }
            }
        }
        // Up to the token before word `end`, or to the last token when no word follows.
        let last = end < words.count ? words[end] - 1 : Int32(text.tokens.count - 1)
        return RuleHit(rule: hit.rule, firstToken: hit.firstToken, lastToken: max(hit.lastToken, last))
    }
}
