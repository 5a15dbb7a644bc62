import Foundation

extension SignalEngine {
    /// How every label's score for a message comes about, in `SignalLabel.allCases` order.
    ///
    /// - Parameters:
    ///   - text: the message.
    ///   - speaker: who wrote it, when known.
    ///   - context: the turns before it, oldest first.
    /// - Returns: one breakdown per label, or none when the message is not in a supported language.
    public func breakdown(of text: String, speaker: String? = nil, context: [Turn] = []) -> [ScoreBreakdown] {
        guard let vector = features(of: text, speaker: speaker, context: context) else { return [] }
        let logits = model.logits(vector)
        return SignalLabel.allCases.enumerated().map { l, label in
            let parts = vector.indices.indices.compactMap { k -> ScoreBreakdown.Part? in
                let f = vector.indices[k]
                let weight = model.weight(label: l, feature: f, in: vector)
                guard weight != 0, vector.values[k] != 0 else { return nil }
                return ScoreBreakdown.Part(feature: space.names[f], value: vector.values[k], weight: weight)
            }
            let learned = 1 / (1 + exp(-logits[l]))
            let override = scoreOverride(label: l, learnedScore: learned, vector: vector)
            let rule = override.map { space.names[$0.rule] }
            return ScoreBreakdown(label: label, score: override?.score ?? learned, learnedScore: learned,
                                  raisedBy: override?.raises == true ? rule : nil, loweredBy: override?.raises == false ? rule : nil,
                                  threshold: model.threshold[l], bias: model.bias[l],
                                  parts: parts.sorted { abs($0.contribution) > abs($1.contribution) })
        }
    }
}
