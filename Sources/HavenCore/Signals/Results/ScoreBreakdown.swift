import Foundation

/// Why a label got its score: the model's starting point and what each feature of the message
/// added to or took from it. For researchers and for anyone who asks "why did it say that?".
///
/// The learned score is `1 / (1 + exp(-(bias + Σ contribution)))`; the parts are every feature
/// the message switched on whose weight for this label is not zero, largest effect first. The
/// score `analyze` gives is the same unless a `definite` rule raised it to the threshold
/// (`raisedBy`) or a rule that rules the label out lowered it to just under (`loweredBy`).
public struct ScoreBreakdown: Sendable, Equatable {
    /// One feature's share of the score.
    public struct Part: Sendable, Equatable {
        /// The feature's name: a rule (`criticism.always`), a measure (`msg.negative`), a context
        /// cue (`ctx.you-failure`) or a learned word term (`w:never`).
        public let feature: String
        /// How strongly the message has the feature (1 for a rule that fired).
        public let value: Double
        /// The model's weight of the feature for this label.
        public let weight: Double
        /// What the feature adds to the log-odds: `value × weight`.
        public var contribution: Double { value * weight }
    }

    /// The label.
    public let label: SignalLabel
    /// Its score, 0…1, unrounded (`analyze` rounds scores to three decimals).
    public let score: Double
    /// The score the learned weights give; `score` differs only when `raisedBy` or `loweredBy` is set.
    public let learnedScore: Double
    /// The `definite` rule that raised the score to the threshold because it is enough for the
    /// label on its own, or nil.
    public let raisedBy: String?
    /// The rule that lowered the score to just under the threshold because it rules the label
    /// out (`rulesOut`: "do you ever think about having kids?" asks about a topic), or nil.
    public let loweredBy: String?
    /// The score a finding needs.
    public let threshold: Double
    /// The log-odds before any feature.
    public let bias: Double
    /// The message's features that move the score, largest effect first.
    public let parts: [Part]
}
