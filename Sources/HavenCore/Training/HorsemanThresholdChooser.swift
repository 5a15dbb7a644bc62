import Foundation

/// Chooses the four horsemen's thresholds for an engine's model on labelled lines, by the rule
/// `haven train` applies to its out-of-fold scores (`HorsemanThresholds`): the thresholds on the
/// 0.30…0.80 grid with the best macro-F1, each threshold's F1 read as the average over its
/// neighbours two steps either side, whose share of horseman-free lines flagged stays under a
/// ceiling.
///
/// It answers whether a model's thresholds carry over to other writers: choose them on some
/// labelled files, then measure another file with `SignalEngine.withThresholds(_:)`. Lines that
/// are not in a supported language count with zero scores, as the engine gives them no label.
public struct HorsemanThresholdChooser: Sendable {
    private let engine: SignalEngine
    /// scores[horseman][line], in `SignalLabel.horsemen` order.
    private var scores: [[Double]]
    private var truth: [[Bool]]

    /// Prepares a choice for this engine's model.
    public init(engine: SignalEngine) {
        self.engine = engine
        scores = Array(repeating: [], count: SignalLabel.horsemen.count)
        truth = Array(repeating: [], count: SignalLabel.horsemen.count)
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
        for (h, label) in SignalLabel.horsemen.enumerated() {
            scores[h].append(lineScores[h])
            truth[h].append(labels.contains(label.rawValue))
        }
    }

    /// Chooses the thresholds.
    ///
    /// - Parameter maximumFalseAlarms: the ceiling on the share of horseman-free lines that
    ///   get a horseman, such as 0.027.
    /// - Throws: `ThresholdChoiceError.noLines` before any line is added, and
    ///   `.labelNeverTrue` when no line carries one of the horsemen: its F1 would be zero at
    ///   every threshold, so the choice would say nothing about it.
    public func choose(maximumFalseAlarms: Double) throws(ThresholdChoiceError) -> HorsemanThresholdChoice {
        guard lineCount > 0 else { throw .noLines }
        for (h, label) in SignalLabel.horsemen.enumerated() where !truth[h].contains(true) {
            throw .labelNeverTrue(label)
        }
        let chosen = HorsemanThresholds(scores: scores, truth: truth, weights: Array(repeating: 1, count: lineCount))
            .choose(maximumFalseAlarms: maximumFalseAlarms)
        return HorsemanThresholdChoice(thresholds: Dictionary(uniqueKeysWithValues: zip(SignalLabel.horsemen, chosen.thresholds)),
                                       falseAlarms: chosen.falseAlarms, maximumFalseAlarms: maximumFalseAlarms)
    }
}

/// Thresholds chosen by `HorsemanThresholdChooser`.
public struct HorsemanThresholdChoice: Sendable, Equatable {
    /// One threshold per horseman.
    public let thresholds: [SignalLabel: Double]
    /// The share of the choosing lines with no true horseman that these thresholds flag.
    public let falseAlarms: Double
    /// The ceiling they were chosen under.
    public let maximumFalseAlarms: Double

    /// False when no thresholds on the grid brought the false alarms under the ceiling (a
    /// horseman-free line scores above 0.80); these are then the ones with the fewest.
    public var meetsCeiling: Bool { falseAlarms <= maximumFalseAlarms }
}

/// Why thresholds cannot be chosen on the lines given.
public enum ThresholdChoiceError: Error, Equatable, CustomStringConvertible {
    /// No line was added.
    case noLines
    /// No line carries this horseman.
    case labelNeverTrue(SignalLabel)

    public var description: String {
        switch self {
        case .noLines:
            return "no labelled lines to choose thresholds on"
        case let .labelNeverTrue(label):
            return "no line carries \"\(label.rawValue)\", so its threshold cannot be chosen: add labelled lines that carry it"
        }
    }
}
