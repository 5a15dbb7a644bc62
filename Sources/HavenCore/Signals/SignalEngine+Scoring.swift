import Foundation

extension SignalEngine {
    /// Scores every label and turns those that pass into findings with evidence.
    func score(_ vector: FeatureVector, tokens: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) -> SignalResult {
        var scores = Array(repeating: 0.0, count: SignalLabel.ordered.count)
        var findings: [Finding] = []
        let logits = model.logits(vector)
        for (l, label) in SignalLabel.ordered.enumerated() {
            let p = 1 / (1 + exp(-logits[l]))
            scores[l] = (p * 1000).rounded() / 1000
            guard p >= model.threshold[l] else { continue }
            if let finding = finding(for: label, index: l, score: p, vector: vector, tokens: tokens, bytes: bytes) {
                findings.append(finding)
            }
        }
        return SignalResult(labels: findings.map(\.label), scoreValues: scores, findings: findings, language: "en", isSupported: true)
    }

    /// The finding for a label that passed its threshold, or `nil` when no words back it up:
    /// a label is never reported without words to point at.
    ///
    /// The evidence is the words behind the features that raised the score: the rules that fired
    /// and the learned words that say enough on their own. Only when none of those contributed
    /// does it fall back on the learned common words that did (at most three).
    private func finding(for label: SignalLabel, index l: Int, score: Double, vector: FeatureVector,
                         tokens: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        var strong: [(feature: Int, weight: Double)] = []
        var weak: [(feature: Int, weight: Double)] = []
        for k in 0..<vector.indices.count {
            let f = vector.indices[k]
            let w = model.weight(label: l, feature: f) * vector.values[k]
            guard w > 0, vector.evidence(f) != nil else { continue }
            if space.isTerm(f), w < SignalEngine.termEvidenceWeight || !extractor.terms.canBeEvidence[f - space.termStart] {
                weak.append((f, w))
            } else {
                strong.append((f, w))
            }
        }
        let contributions = strong.isEmpty ? Array(weak.sorted { $0.weight > $1.weight }.prefix(3)) : strong.sorted { $0.weight > $1.weight }
        guard let top = contributions.first else { return nil }
        let hits = contributions.flatMap { vector.evidence($0.feature) ?? [] }
        let evidence = makeEvidence(hits, tokens: tokens, bytes: bytes)
        return Finding(
            label: label,
            score: (score * 1000).rounded() / 1000,
            evidence: evidence,
            explanation: SignalTexts.explanation(for: label, template: explanationTemplate(feature: top.feature), evidence: evidence.first?.text ?? ""),
            antidote: SignalTexts.antidote(for: label),
            rules: contributions.map { space.names[$0.feature] })
    }

    /// The least weight a learned word term needs to stand as evidence before common words.
    static let termEvidenceWeight = 0.75

    private func explanationTemplate(feature: Int) -> String? {
        if feature < compiled.rules.count { return compiled.rules[feature].explain }
        if feature < compiled.rules.count + compiled.combos.count { return compiled.combos[feature - compiled.rules.count].explain }
        if let r = space.tensionFeature.firstIndex(of: feature) { return compiled.rules[r].explain }
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
