import Foundation

extension SignalEngine {
    /// The score each label must reach to be reported, as the engine's model sets it.
    public var thresholds: [SignalLabel: Double] {
        Dictionary(uniqueKeysWithValues: SignalLabel.allCases.enumerated().map { ($1, model.threshold[$0]) })
    }

    /// The same engine with some labels' thresholds replaced; the others keep the model's.
    ///
    /// Building it costs no more than a copy of the weights: the rules are not compiled again.
    ///
    /// - Parameter thresholds: the new thresholds. A threshold above 1 means the label is never
    ///   reported (not even by a `definite` rule), one of 0 or below means it is reported whenever
    ///   it has evidence and no rule rules it out (`rulesOut`). A definite rule raises a score to
    ///   the threshold it is given here, and a rule that rules a label out lowers one to just under.
    public func withThresholds(_ thresholds: [SignalLabel: Double]) -> SignalEngine {
        var changed = model
        for (l, label) in SignalLabel.allCases.enumerated() {
            if let threshold = thresholds[label] { changed.threshold[l] = threshold }
        }
        return SignalEngine(self, model: changed)
    }

    /// A message's score for each of the four horsemen, unrounded, in `SignalLabel.horsemen`
    /// order; zeros when the message is not in a supported language (it gets no label then).
    func horsemanScores(of text: String, speaker: String?, context: [Turn]) -> [Double] {
        guard let vector = features(of: text, speaker: speaker, context: context) else {
            return Array(repeating: 0, count: SignalEngine.horsemanIndices.count)
        }
        let logits = model.logits(vector)
        return SignalEngine.horsemanIndices.map { 1 / (1 + exp(-logits[$0])) }
    }

    /// Where each of `SignalLabel.horsemen` sits in the model's label order.
    private static let horsemanIndices = SignalLabel.horsemen.compactMap { SignalLabel.allCases.firstIndex(of: $0) }
}
