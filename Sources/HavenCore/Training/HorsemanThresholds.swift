/// Chooses the four horsemen's thresholds together, on out-of-fold scores, so that the share of
/// horseman-free lines that get any horseman (the false-alarm rate `haven eval` reports) stays
/// at or under a ceiling while macro-F1 stays as high as it can.
///
/// It judges each threshold by its F1 averaged with the F1 of its neighbours on the grid (two
/// steps either side), not by its own F1 alone: out-of-fold F1 is often flat over a stretch of
/// thresholds, and read point by point, a handful of rule edits moved criticism's threshold from
/// 0.61 to 0.51 (to 0.62 when read this way).
///
/// It starts from each label's best threshold and, while the false alarms are too many, raises
/// the one threshold whose nearest step that removes false alarms costs the least F1 for each;
/// then it refines that walk by trying every threshold of each label and each pair of labels.
/// With one label and no ceiling it is that label's best threshold (the other labels use it so).
struct HorsemanThresholds {
    /// The candidate thresholds, 0.30…0.80 by hundredths (divided, so 0.66 is stored as 0.66).
    static let grid: [Double] = (30...80).map { Double($0) / 100 }

    /// Each label's weighted F1 at each grid step: table[label][step].
    private let table: [[Double]]
    /// The same, averaged over the steps within `smoothingSteps` on either side: the choice
    /// reads this, so that a flat stretch of F1 is judged as a whole and a small change in the
    /// scores cannot move a threshold from one end of it to the other.
    private let smoothed: [[Double]]
    /// How many grid steps on each side a threshold's F1 is averaged over.
    static let smoothingSteps = 2
    /// The horseman-free lines some label flags at the lowest step: their weight and, per label,
    /// the highest step that still flags them (-1: none).
    private let flagged: [(weight: Double, highest: [Int])]
    /// The total weight of the horseman-free lines.
    private let cleanWeight: Double

    /// Prepares the choice.
    ///
    /// - Parameters:
    ///   - scores: out-of-fold scores, scores[label][example].
    ///   - truth: truth[label][example].
    ///   - weights: each example's weight.
    init(scores: [[Double]], truth: [[Bool]], weights: [Double]) {
        let grid = HorsemanThresholds.grid
        table = scores.indices.map { l in
            grid.map { t in
                var tp = 0.0, fp = 0.0, fn = 0.0
                for e in weights.indices {
                    let predicted = scores[l][e] >= t
                    if predicted && truth[l][e] { tp += weights[e] } else if predicted { fp += weights[e] } else if truth[l][e] { fn += weights[e] }
                }
                return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn)
            }
        }
        let reach = HorsemanThresholds.smoothingSteps
        smoothed = table.map { row in
            row.indices.map { i in
                let window = row[max(0, i - reach)...min(row.count - 1, i + reach)]
                return window.reduce(0, +) / Double(window.count)
            }
        }
        var flagged: [(weight: Double, highest: [Int])] = []
        var cleanWeight = 0.0
        for e in weights.indices where !truth.contains(where: { $0[e] }) {
            cleanWeight += weights[e]
            let highest = scores.indices.map { l in grid.lastIndex { scores[l][e] >= $0 } ?? -1 }
            if highest.contains(where: { $0 >= 0 }) { flagged.append((weights[e], highest)) }
        }
        self.flagged = flagged
        self.cleanWeight = cleanWeight
    }

    /// The chosen thresholds (one per label, in the order given), each label's F1 at it (its
    /// own F1, not the averaged one the choice reads) and the false-alarm share they give, over
    /// the ceiling only when no thresholds on the grid reach it.
    func choose(maximumFalseAlarms: Double) -> (thresholds: [Double], f1: [Double], falseAlarms: Double) {
        let labels = table.count
        var step = (0..<labels).map { l in HorsemanThresholds.grid.indices.max { smoothed[l][$0] < smoothed[l][$1] - 1e-12 } ?? 0 }
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
                    let cost = max(smoothed[l][step[l]] - smoothed[l][next[l]], 0) / saved
                    if bestMove == nil || cost < bestMove!.cost { bestMove = (l, next[l], cost) }
                    break
                }
            }
            guard let move = bestMove else { break }
            step[move.label] = move.step
        }
        step = refined(step, maximumFalseAlarms: maximumFalseAlarms)
        return (step.map { HorsemanThresholds.grid[$0] }, (0..<labels).map { f1($0, step[$0]) }, falseAlarms(step))
    }

    /// Improves the greedy steps by trying every threshold of one label, or of two labels at
    /// once. A move is kept when it brings the false alarms under the ceiling, or lowers them
    /// while they are still over it, or raises macro-F1 while staying under it. The greedy walk
    /// raises one threshold a step at a time, so it can stop far from the best split of the
    /// false-alarm budget, or above the ceiling when a clean line is flagged by two labels and
    /// only raising both removes it.
    private func refined(_ start: [Int], maximumFalseAlarms: Double) -> [Int] {
        let labels = table.count, steps = HorsemanThresholds.grid.count
        func macro(_ s: [Int]) -> Double { (0..<labels).reduce(0) { $0 + smoothed[$1][s[$1]] } }
        var best = start
        var bestAlarms = falseAlarms(best)
        var improved = true
        while improved {
            improved = false
            for a in 0..<labels {
                for b in a..<labels {
                    for sa in 0..<steps {
                        for sb in (a == b ? sa...sa : 0...(steps - 1)) {
                            var candidate = best
                            candidate[a] = sa
                            candidate[b] = sb
                            let alarms = falseAlarms(candidate)
                            let (fits, fitted) = (alarms <= maximumFalseAlarms, bestAlarms <= maximumFalseAlarms)
                            let better = fits != fitted ? fits
                                : !fits && abs(alarms - bestAlarms) > 1e-12 ? alarms < bestAlarms
                                : macro(candidate) > macro(best) + 1e-9
                            guard better else { continue }
                            best = candidate
                            bestAlarms = alarms
                            improved = true
                        }
                    }
                }
            }
        }
        return best
    }

    /// A label's weighted F1 at a grid step.
    func f1(_ label: Int, _ step: Int) -> Double { table[label][step] }

    /// The weighted share of lines with no true horseman that get one at these grid steps.
    func falseAlarms(_ steps: [Int]) -> Double {
        var alarms = 0.0
        for line in flagged where steps.indices.contains(where: { steps[$0] <= line.highest[$0] }) { alarms += line.weight }
        return cleanWeight == 0 ? 0 : alarms / cleanWeight
    }
}
