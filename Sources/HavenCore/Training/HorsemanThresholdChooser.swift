import Foundation

/// Chooses the four horsemen's thresholds for an engine's model on labelled lines, by the rule
/// `haven train` applies to its out-of-fold scores (`HorsemanThresholds`): the best macro-F1
/// whose share of horseman-free lines flagged stays under a ceiling.
///
/// It answers whether a model's thresholds carry over to other writers: choose them on some
/// labelled files, then measure another file with `SignalEngine.withThresholds(_:)`. Lines that
/// are not in a supported language count with zero scores, as the engine gives them no label.
public struct HorsemanThresholdChooser {
    private let engine: SignalEngine
    private var scores: [[Double]]
    private var truth: [[Bool]]

    /// Prepares a choice for this engine's model.
    public init(engine: SignalEngine) {
        self.engine = engine
        let horsemen = SignalLabel.allCases.filter(\.isHorseman).count
        scores = Array(repeating: [], count: horsemen)
        truth = Array(repeating: [], count: horsemen)
    }

    /// How many lines have been added.
    public var lineCount: Int { scores.first?.count ?? 0 }

    /// Scores one labelled line and keeps its scores and truth.
    ///
    /// - Parameters:
    ///   - text: the message.
    ///   - speaker: who wrote it, when known.
    ///   - context: the turns before it, oldest first.
    ///   - labels: its true labels (other labels than the horsemen are ignored).
    public mutating func add(_ text: String, speaker: String?, context: [Turn], labels: Set<String>) {
        let lineScores = engine.horsemanScores(of: text, speaker: speaker, context: context)
        for (h, label) in SignalLabel.allCases.filter(\.isHorseman).enumerated() {
            scores[h].append(lineScores[h])
            truth[h].append(labels.contains(label.rawValue))
        }
    }

    /// The chosen thresholds, one per horseman, on the grid `haven train` uses (0.30…0.80).
    ///
    /// - Parameter maximumFalseAlarms: the ceiling on the share of horseman-free lines that
    ///   get a horseman, such as 0.027.
    public func choose(maximumFalseAlarms: Double) -> [SignalLabel: Double] {
        let chosen = HorsemanThresholds(scores: scores, truth: truth, weights: Array(repeating: 1, count: lineCount))
            .choose(maximumFalseAlarms: maximumFalseAlarms)
        return Dictionary(uniqueKeysWithValues: zip(SignalLabel.allCases.filter(\.isHorseman), chosen.thresholds))
    }
}
