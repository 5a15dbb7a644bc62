/// Precision, recall and F1 of the engine against true labels, per label and for the four
/// horsemen together.
public struct EvaluationReport: Sendable, Codable, Equatable {
    /// Counts and scores for one label.
    public struct LabelScore: Sendable, Codable, Equatable {
        /// Predicted and true.
        public var truePositives = 0
        /// Predicted, not true.
        public var falsePositives = 0
        /// True, not predicted.
        public var falseNegatives = 0

        /// Lines that truly carry the label.
        public var support: Int { truePositives + falseNegatives }
        /// Share of predictions that were right (0 when nothing was predicted).
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// Share of true cases found.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(predicted: Bool, actual: Bool) {
            switch (predicted, actual) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1
            case (false, true): falseNegatives += 1
            case (false, false): break
            }
        }
    }

    /// Scores per label, for every label that appears in the truth or the predictions.
    public private(set) var labels: [String: LabelScore] = [:]
    /// "Any horseman" treated as one label.
    public private(set) var anyHorseman = LabelScore()
    /// Lines scored.
    public private(set) var lines = 0
    /// Lines with no true horseman.
    public private(set) var linesWithoutHorseman = 0
    /// Of those, lines that were given a horseman.
    public private(set) var falseAlarms = 0

    /// Creates an empty report.
    public init() {}

    /// Adds one line's prediction and truth.
    public mutating func add(predicted: Set<String>, actual: Set<String>) {
        lines += 1
        for label in predicted.union(actual) {
            labels[label, default: LabelScore()].add(predicted: predicted.contains(label), actual: actual.contains(label))
        }
        let horsemen = Set(SignalLabel.horsemen.map(\.rawValue))
        let predictedHorseman = !predicted.isDisjoint(with: horsemen)
        let actualHorseman = !actual.isDisjoint(with: horsemen)
        anyHorseman.add(predicted: predictedHorseman, actual: actualHorseman)
        if !actualHorseman {
            linesWithoutHorseman += 1
            if predictedHorseman { falseAlarms += 1 }
        }
    }

    /// Mean F1 over the four horsemen.
    public var macroF1Horsemen: Double {
        SignalLabel.horsemen.map { labels[$0.rawValue]?.f1 ?? 0 }.reduce(0, +) / 4
    }

    /// Whether a label's precision and recall mean anything for this file: the four horsemen
    /// always do; another label only when some line carries it. A file labelled for the
    /// codebook's six labels cannot tell whether a predicted gentle start-up was right.
    public func isScored(_ label: String) -> Bool {
        SignalLabel(rawValue: label)?.isHorseman == true || (labels[label]?.support ?? 0) > 0
    }

    /// Labels the engine gave that no line of the file carries (other than the horsemen), with
    /// how many lines got each: not scored, as the file may not label them at all.
    public var unscoredPredictions: [String: Int] {
        labels.filter { !isScored($0.key) }.mapValues(\.falsePositives)
    }

    /// Share of lines without a true horseman that were given one.
    public var falseAlarmRate: Double { ratio(falseAlarms, linesWithoutHorseman) }
}

private func ratio(_ a: Int, _ b: Int) -> Double {
    b == 0 ? 0 : Double(a) / Double(b)
}
