/// How well the engine's scores rank the lines for each horseman, whatever its thresholds:
/// average precision, the area under the precision-recall curve walked from the highest score
/// down. It compares two models fairly when their thresholds differ, which F1 cannot.
///
/// Lines with equal scores are one step of the walk, so the order of ties does not matter.
/// 1 means every true line scored above every other; a model that scores at random gets about
/// the share of true lines. It keeps each line's four scores (unlike `EvaluationReport`'s
/// counts), so its memory grows with the lines scored: 64 bytes a line.
public struct RankingReport: Sendable {
    /// Per horseman, in `SignalLabel.horsemen` order: each scored line's score and truth.
    private var lines: [[(score: Double, actual: Bool)]] = SignalLabel.horsemen.map { _ in [] }

    /// Creates an empty report.
    public init() {}

    /// Adds one line's horseman scores (a missing label scores 0) and its true labels.
    public mutating func add(scores: [SignalLabel: Double], actual: Set<String>) {
        for (h, label) in SignalLabel.horsemen.enumerated() {
            lines[h].append((scores[label] ?? 0, actual.contains(label.rawValue)))
        }
    }

    /// A horseman's average precision, or nil when no line truly carries it (nothing to rank).
    public func averagePrecision(_ label: SignalLabel) -> Double? {
        guard let h = SignalLabel.horsemen.firstIndex(of: label) else { return nil }
        let ranked = lines[h].sorted { $0.score > $1.score }
        let positives = ranked.reduce(0) { $0 + ($1.actual ? 1 : 0) }
        guard positives > 0 else { return nil }
        var area = 0.0, truePositives = 0, start = 0
        while start < ranked.count {
            var end = start
            var found = 0
            while end < ranked.count && ranked[end].score == ranked[start].score {
                if ranked[end].actual { found += 1 }
                end += 1
            }
            truePositives += found
            // Recall rose by found/positives, at the precision of everything ranked so far.
            area += Double(found) / Double(positives) * Double(truePositives) / Double(end)
            start = end
        }
        return area
    }

    /// Each horseman some line carries with its average precision (in `SignalLabel.horsemen`
    /// order), and their mean (nil when no line carries any): every ranking sorted once.
    public func summary() -> (perHorseman: [(label: SignalLabel, value: Double)], mean: Double?) {
        let perHorseman = SignalLabel.horsemen.compactMap { label in averagePrecision(label).map { (label: label, value: $0) } }
        let mean = perHorseman.isEmpty ? nil : perHorseman.reduce(0) { $0 + $1.value } / Double(perHorseman.count)
        return (perHorseman, mean)
    }

    /// The mean of the horsemen's average precision over those some line carries, or nil when
    /// no line carries any.
    public var meanAveragePrecision: Double? { summary().mean }
}
