import Foundation

extension SignalEngine {
    /// Scores every label and turns those that pass into findings with evidence.
    func score(_ vector: FeatureVector, tokens: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) -> SignalResult {
        var findings: [Finding] = []
        // Each label's logit, turned into its score in place (one array per message, not two).
        var scores = model.logits(vector)
        for (l, label) in SignalLabel.ordered.enumerated() {
            var p = 1 / (1 + exp(-scores[l]))
            let override = scoreOverride(label: l, learnedScore: p, vector: vector)
            if let override { p = override.score }
            scores[l] = (p * 1000).rounded() / 1000
            guard p >= model.threshold[l], override?.raises != false else { continue }
            if let finding = finding(for: label, index: l, score: p, vector: vector, tokens: tokens, bytes: bytes) {
                findings.append(finding)
            }
        }
        return SignalResult(labels: findings.map(\.label), scoreValues: scores, findings: findings, language: "en", isSupported: true)
    }

    /// The finding for a label that passed its threshold, or `nil` when no words back it up:
    /// a label is never reported without words to point at.
    ///
    /// Its own evidence is the words behind its own rules and behind learned words that say
    /// enough on their own. Without those, the message words that raised the score most (other
    /// labels' rules, common learned words, each adding at least `borrowedEvidenceWeight`) stand
    /// as its evidence: the threshold was chosen for the score alone, and on every labelled set
    /// most of the labels that a stricter rule (a margin past the threshold) dropped were true.
    private func finding(for label: SignalLabel, index l: Int, score: Double, vector: FeatureVector,
                         tokens: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        var own: [(feature: Int, weight: Double)] = []
        var borrowed: [(feature: Int, weight: Double)] = []
        // A definite rule's words are always its label's evidence, whatever their learned weight.
        let definite = vector.definiteRule(for: l)
        for k in 0..<vector.indices.count {
            let f = vector.indices[k]
            let w = model.weight(label: l, feature: f, in: vector) * vector.values[k]
            if f == definite, vector.evidence(f) != nil { own.append((f, max(w, 0))); continue }
            guard w > 0, vector.evidence(f) != nil else { continue }
            let isOwn = space.isTerm(f)
                ? w >= SignalEngine.termEvidenceWeight && extractor.terms.canBeEvidence[f - space.termStart]
                : space.priorLabel[f] == label.rawValue
            if isOwn { own.append((f, w)) } else if w >= SignalEngine.borrowedEvidenceWeight { borrowed.append((f, w)) }
        }
        // A definite rule the model does not learn (`learned: false`) has evidence but no feature value.
        if let definite, !vector.has(definite), vector.evidence(definite) != nil { own.append((definite, 0)) }
        let contributions: [(feature: Int, weight: Double)]
        if !own.isEmpty {
            contributions = own.sorted { $0.weight > $1.weight }
        } else {
            contributions = Array(borrowed.sorted { $0.weight > $1.weight }.prefix(3))
        }
        guard !contributions.isEmpty else { return nil }
        let hits = contributions.flatMap { vector.evidence($0.feature) ?? [] }
        let evidence = makeEvidence(hits, tokens: tokens, bytes: bytes)
        // The explanation comes from the label's own strongest rule; borrowed evidence gets the
        // label's general sentence. The sentence quotes the words of the rule it comes from, or
        // else the evidence span holding the strongest contribution that is more than common
        // words (not merely the first span).
        let source = contributions.first { space.priorLabel[$0.feature] == label.rawValue && explanationTemplate(feature: $0.feature) != nil }
        let template = source.flatMap { explanationTemplate(feature: $0.feature) }
        var quoted = source.flatMap { vector.evidence($0.feature) }.map { makeEvidence($0, tokens: tokens, bytes: bytes) }?.first?.text
        let meaningful = contributions.first { !space.isTerm($0.feature) || extractor.terms.canBeEvidence[$0.feature - space.termStart] }
        let lead = meaningful ?? contributions[0]
        if quoted == nil, let strongest = vector.evidence(lead.feature).map({ makeEvidence($0, tokens: tokens, bytes: bytes) })?.first {
            quoted = evidence.first { $0.start <= strongest.start && strongest.end <= $0.end }?.text ?? strongest.text
        }
        return Finding(
            label: label,
            score: (score * 1000).rounded() / 1000,
            evidence: evidence,
            // Common words alone ("a", "how") are not worth quoting: the sentence then speaks of the whole message.
            explanation: SignalTexts.explanation(for: label, template: template, evidence: meaningful == nil ? "" : quoted ?? evidence.first?.text ?? ""),
            antidote: SignalTexts.antidote(for: label),
            rules: contributions.map { space.names[$0.feature] })
    }

    /// A rule's say over a label's learned score.
    struct ScoreOverride: Sendable {
        /// The rule (feature index).
        let rule: Int
        /// The score it gives the label.
        let score: Double
        /// Whether it raised the score (a `definite` rule) rather than lowered it (`rulesOut`).
        let raises: Bool
    }

    /// How far under the threshold a ruled-out label's score is put: a thousandth, the precision
    /// scores are reported with.
    static let ruledOutMargin = 0.001

    /// What a rule does to a label's learned score, or nil. A rule that rules the label out
    /// (`RuleBook.Rule.rulesOut`) lowers a score that would pass to just under the threshold
    /// (to 0 for a threshold of 0 or below), and then no `definite` rule raises it, unless the
    /// rest of the message passes on its own ("do you ever think about having kids? you'd be a
    /// great dad" is no criticism; "… you never plan anything" is). Otherwise a definite rule
    /// raises a score under the threshold to it (`RuleBook.Rule.definite`), except where the
    /// threshold (above 1, from `withThresholds`) says the label is never reported.
    func scoreOverride(label l: Int, learnedScore: Double, vector: FeatureVector) -> ScoreOverride? {
        let threshold = model.threshold[l]
        // Under a threshold of 0 or below any score passes, so there only the rest's rules count (`ruledOutLabels`).
        if let ruledOut = vector.rulingOut(l), threshold <= 0 || scoreOutside(ruledOut, label: l, vector: vector) < threshold {
            guard learnedScore >= threshold else { return nil }
            return ScoreOverride(rule: ruledOut.rule, score: max(0, min(learnedScore, threshold - SignalEngine.ruledOutMargin)), raises: false)
        }
        guard learnedScore < threshold, threshold <= 1, let rule = vector.definiteRule(for: l) else { return nil }
        return ScoreOverride(rule: rule, score: threshold, raises: true)
    }

    /// The label's learned score without what the ruled-out question says: the rules and combos
    /// whose words all lie within the words the ruling rules matched, and the learned words
    /// within those words' sentences. What is left is what the rest of the message says; measures
    /// of the whole message (its length, its "you"s) stay in.
    private func scoreOutside(_ ruledOut: FeatureVector.RuledOut, label l: Int, vector: FeatureVector) -> Double {
        var z = model.bias[l]
        for k in 0..<vector.indices.count {
            let f = vector.indices[k]
            let spans = space.isTerm(f) ? ruledOut.sentence : ruledOut.matched
            if let hits = vector.evidence(f), !hits.isEmpty, hits.allSatisfy(spans.covers) { continue }
            z += model.weight(label: l, feature: f, in: vector) * vector.values[k]
        }
        return 1 / (1 + exp(-z))
    }

    /// The least weight a learned word term needs to stand as a label's own evidence.
    static let termEvidenceWeight = 0.75
    /// The least weight other words need to stand as a label's evidence when it has none of its own.
    static let borrowedEvidenceWeight = 0.25

    private func explanationTemplate(feature: Int) -> String? {
        if feature < compiled.rules.count { return compiled.rules[feature].explain }
        if feature < compiled.rules.count + compiled.combos.count { return compiled.combos[feature - compiled.rules.count].explain }
        if let r = space.tensionFeature.firstIndex(of: feature) { return compiled.rules[r].explain }
        if feature == space.index(of: .echoQuote) || feature == space.index(of: .echoFragment) {
            return "“{evidence}” repeats your partner's own words back at them, which reads as mocking them."
        }
        return nil
    }

    /// Distinct evidence spans in message order, merged where they overlap.
    private func makeEvidence(_ hits: [RuleHit], tokens: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) -> [Evidence] {
        var spans = hits.map { (Int(tokens.tokens[Int($0.firstToken)].start), Int(tokens.tokens[Int($0.lastToken)].end)) }
        spans.sort { $0.0 < $1.0 }
        var merged: [(Int, Int)] = []
        for span in spans {
            if let last = merged.last, span.0 <= last.1 {
                merged[merged.count - 1].1 = max(last.1, span.1)
            } else {
                merged.append(span)
            }
        }
        let offsets = ScalarOffsets.convert(merged.flatMap { [$0.0, $0.1] }, in: bytes)
        return merged.map { span in
            Evidence(start: offsets[span.0] ?? 0, end: offsets[span.1] ?? 0,
                     text: String(decoding: UnsafeBufferPointer(rebasing: bytes[span.0..<span.1]), as: UTF8.self))
        }
    }
}
