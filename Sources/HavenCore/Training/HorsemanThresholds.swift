/// Chooses the four horsemen's thresholds together, on out-of-fold scores, so that the share of
/// horseman-free lines that get any horseman (the false-alarm rate `haven eval` reports) stays
/// at or under a ceiling while macro-F1 stays as high as it can.
///
/// It starts from each label's best-F1 threshold and, while the false alarms are too many, raises
/// the one threshold whose nearest step that removes false alarms costs the least F1 for each.
struct HorsemanThresholds {
    /// The candidate thresholds.
    static let grid: [Double] = (0...50).map { 0.30 + Double($0) * 0.01 }

    /// Out-of-fold scores: scores[label][example].
    let scores: [[Double]]
    /// truth[label][example].
    let truth: [[Bool]]
    let weights: [Double]

    /// The chosen thresholds (one per label, in the order given) and each label's F1 at it.
    func choose(maximumFalseAlarms: Double) -> (thresholds: [Double], f1: [Double]) {
        let labels = scores.count
        var step = (0..<labels).map { l in HorsemanThresholds.grid.indices.max { f1(l, $0) < f1(l, $1) - 1e-12 } ?? 0 }
        while falseAlarms(step) > maximumFalseAlarms {
            var bestMove: (label: Int, step: Int, cost: Double)?
            let current = falseAlarms(step)
            for l in 0..<labels {
                // The nearest higher threshold of this label that removes a false alarm.
                var next = step
                while next[l] < HorsemanThresholds.grid.count - 1 {
                    next[l] += 1
                    let saved = current - falseAlarms(next)
                    guard saved > 1e-12 else { continue }
                    let cost = max(f1(l, step[l]) - f1(l, next[l]), 0) / saved
                    if bestMove == nil || cost < bestMove!.cost { bestMove = (l, next[l], cost) }
                    break
                }
            }
            guard let move = bestMove else { break }
            step[move.label] = move.step
        }
        return (step.map { HorsemanThresholds.grid[$0] }, (0..<labels).map { f1($0, step[$0]) })
    }

    /// A label's weighted F1 at a grid step.
    func f1(_ label: Int, _ step: Int) -> Double {
        let t = HorsemanThresholds.grid[step]
        var tp = 0.0, fp = 0.0, fn = 0.0
        for e in weights.indices {
            let predicted = scores[label][e] >= t
            if predicted && truth[label][e] { tp += weights[e] } else if predicted { fp += weights[e] } else if truth[label][e] { fn += weights[e] }
        }
        return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn)
    }

    /// The weighted share of lines with no true horseman that get one at these grid steps.
    func falseAlarms(_ steps: [Int]) -> Double {
        var clean = 0.0, alarms = 0.0
        for e in weights.indices where !truth.contains(where: { $0[e] }) {
            clean += weights[e]
            if steps.indices.contains(where: { scores[$0][e] >= HorsemanThresholds.grid[steps[$0]] }) { alarms += weights[e] }
        }
        return clean == 0 ? 0 : alarms / clean
    }
}
