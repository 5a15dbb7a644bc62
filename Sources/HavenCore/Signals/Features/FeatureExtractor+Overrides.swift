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

    /// The labels a `rulesOut` rule among the hits rules out, each with the words it covers: from
    /// the rule's first word to the end of the sentence its match ends in (the whole question,
    /// "do you ever think about having kids?"). Only labels no rule of their own fires for
    /// outside those words ("do you ever think about moving? you never plan anything" keeps
    /// criticism for "you never"). The learned words outside them are weighed when the score is
    /// made (`SignalEngine.scoreOverride`), where their weights are known.
    func ruledOutLabels(hits: [RuleHit], in text: TokenizedText) -> [FeatureVector.RuledOut] {
        guard !compiled.rulingOut.isEmpty, hits.contains(where: { isRulingOut[Int($0.rule)] }) else { return [] }
        var spans: [(label: Int, rule: Int, hits: [RuleHit])] = []
        for entry in compiled.rulingOut {
            let own = hits.filter { Int($0.rule) == entry.rule }.map { toSentenceEnd($0, in: text) }
            guard !own.isEmpty else { continue }
            for label in entry.labels {
                if let k = spans.firstIndex(where: { $0.label == label }) { spans[k].hits += own } else { spans.append((label, entry.rule, own)) }
            }
        }
        return spans.map { FeatureVector.RuledOut(label: $0.label, rule: $0.rule, hits: $0.hits) }.filter { candidate in
            !hits.contains { hit in ruleLabel[Int(hit.rule)] == candidate.label && !candidate.covers(hit) }
        }
    }

    /// A hit stretched to the end of the sentence its last word is in, and the marks after that
    /// word ("?", an emoji). Binary searches, so thousands of hits in one run-on sentence stay cheap.
    func toSentenceEnd(_ hit: RuleHit, in text: TokenizedText) -> RuleHit {
        let words = text.wordTokenIndex
        // The first word after the hit's last word.
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid] <= hit.lastToken { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return hit }
        let sentence = text.wordSentence[low - 1]
        // The first word of a later sentence (sentence numbers only grow along the words).
        var next = low
        high = words.count
        while next < high {
            let mid = (next + high) / 2
            if text.wordSentence[mid] <= sentence { next = mid + 1 } else { high = mid }
        }
        let last = next < words.count ? words[next] - 1 : Int32(text.tokens.count - 1)
        return RuleHit(rule: hit.rule, firstToken: hit.firstToken, lastToken: max(hit.lastToken, last))
    }
}
