import Foundation

/// Trains the engine's linear model from labelled examples (`haven train`).
///
/// For each label it fits a logistic regression over the engine's features, pulled toward the
/// curated rules' prior weights, and picks the threshold that maximises F1 on out-of-fold
/// predictions (four folds by position), so the threshold is not tuned on the data it was fit to.
public struct ModelTrainer: Sendable {
    /// The engine whose rules define the features.
    public let engine: SignalEngine
    /// Regularisation toward the prior weights.
    public var l2: Double
    /// Optimiser steps.
    public var iterations: Int
    /// The out-of-fold share of horseman-free lines that may get a horseman (false alarms cost
    /// trust); the horsemen's thresholds are chosen together to stay under it.
    public var maximumFalseAlarms: Double
    /// Regularisation of the learned word terms toward zero.
    public var termL2: Double
    /// How strongly the rules stay at their first-stage weights while the word terms are fitted.
    public var anchorL2: Double
    /// The fewest training examples a word term must occur in; 0 learns no word terms.
    public var minimumTermExamples: Int

    /// The settings a trainer and `haven train` use unless told otherwise: those the shipped
    /// model was trained with, kept in one place so the two cannot drift apart.
    public enum Defaults {
        /// See `ModelTrainer.l2`.
        public static let l2 = 1e-4
        /// See `ModelTrainer.iterations`.
        public static let iterations = 2000
        /// See `ModelTrainer.maximumFalseAlarms`.
        public static let maximumFalseAlarms = 0.027
        /// See `ModelTrainer.termL2`.
        public static let termL2 = 5e-5
        /// See `ModelTrainer.anchorL2`.
        public static let anchorL2 = 1e-4
        /// See `ModelTrainer.minimumTermExamples`.
        public static let minimumTermExamples = 3
    }

    /// Creates a trainer.
    public init(engine: SignalEngine, l2: Double = Defaults.l2, iterations: Int = Defaults.iterations,
                maximumFalseAlarms: Double = Defaults.maximumFalseAlarms, termL2: Double = Defaults.termL2,
                anchorL2: Double = Defaults.anchorL2, minimumTermExamples: Int = Defaults.minimumTermExamples) {
        self.engine = engine
        self.anchorL2 = anchorL2
        self.termL2 = termL2
        self.minimumTermExamples = minimumTermExamples
        self.maximumFalseAlarms = maximumFalseAlarms
        self.l2 = l2
        self.iterations = iterations
    }

    /// Trains a model.
    ///
    /// - Parameters:
    ///   - examples: the training examples.
    ///   - provenance: a sentence saying what data and command made the model.
    /// - Returns: the model, with out-of-fold F1 per label in `trainedOn`'s companion report.
    /// - Throws: `RuleBookError` when the engine's rules cannot be compiled again with the terms.
    public func train(_ examples: [TrainingExample], provenance: String) throws -> (model: LinearModel, report: [String: Double]) {
        let selection = minimumTermExamples > 0
            ? TermSelection(minimumExamples: minimumTermExamples).terms(for: examples, engine: try engine.withTerms([]))
            : (terms: [], commonWords: [])
        let engine = try self.engine.withTerms(selection.terms, commonWords: selection.commonWords)
        let vectors = examples.map { engine.featureVector(for: $0.input) }
        let space = engine.space
        var labels: [String: LinearModel.LabelModel] = [:]
        var report: [String: Double] = [:]
        let solver = LogisticRegression(iterations: iterations, learningRate: 0.05, l2: l2)
        var fits: [SignalLabel: (weights: [Double], bias: Double)] = [:]
        var thresholds: [SignalLabel: Double] = [:]
        // Out-of-fold scores of every example for the horsemen (every source is labelled for them).
        var horsemanScores: [[Double]] = []
        for label in SignalLabel.allCases {
            let members = examples.indices.filter { examples[$0].labelledFor.contains(label.rawValue) }
            // Criticism and contempt are what the words do whatever came before (the codebook
            // needs no complaint for them), so whether there was context at all does not count,
            // nor does what the other's turn did on its own (news, a feeling): only crossed with
            // the reply's negative words (`ctx.self&msg.negative`). Warm words after news stay
            // warm: the drills hold much mock praise, real replies to news much more sincere praise.
            let ignored: Set<Int> = label == .criticism || label == .contempt
                ? Set([space.index(of: .contextNone)] + Array(space.cueStart..<(space.cueStart + ContextCues.named.count)))
                    .union(space.crosses(with: .positive))
                : []
            let rows = members.map { e in
                var row = LogisticRegression.Row(indices: [], values: [],
                                                 label: examples[e].labels.contains(label.rawValue) ? 1 : 0, weight: examples[e].weight)
                // Word terms of a label whose words need something to answer say nothing after a calm turn.
                let end = vectors[e].countedFeatures(wordsNeedSomethingToAnswer: label.wordsNeedSomethingToAnswer)
                for k in 0..<end where !ignored.contains(vectors[e].indices[k]) {
                    row.indices.append(vectors[e].indices[k])
                    row.values.append(vectors[e].values[k])
                }
                return row
            }
            let prior = (0..<space.count).map { space.priorLabel[$0] == label.rawValue ? space.priorWeight[$0] : 0 }
            var outOfFold = Array(repeating: 0.0, count: rows.count)
            for fold in 0..<4 {
                let trainRows = rows.indices.filter { $0 % 4 != fold }.map { rows[$0] }
                let fit = fitLabel(trainRows, prior: prior, space: space, solver: solver)
                for r in rows.indices where r % 4 == fold {
                    outOfFold[r] = LogisticRegression.predict(rows[r], weights: fit.weights, bias: fit.bias)
                }
            }
            if label.isHorseman {
                var all = Array(repeating: 0.0, count: examples.count)
                for (r, e) in members.enumerated() { all[e] = outOfFold[r] }
                horsemanScores.append(all)
            } else {
                let predictions = rows.indices.map { Prediction(score: outOfFold[$0], label: rows[$0].label, weight: rows[$0].weight) }
                let (threshold, f1) = ModelTrainer.bestThreshold(predictions)
                thresholds[label] = threshold
                report[label.rawValue] = f1
            }
            fits[label] = fitLabel(rows, prior: prior, space: space, solver: solver)
        }
        let horsemen = SignalLabel.allCases.filter(\.isHorseman)
        let joint = HorsemanThresholds(scores: horsemanScores,
                                       truth: horsemen.map { label in examples.map { $0.labels.contains(label.rawValue) } },
                                       weights: examples.map(\.weight)).choose(maximumFalseAlarms: maximumFalseAlarms)
        for (h, label) in horsemen.enumerated() {
            thresholds[label] = joint.thresholds[h]
            report[label.rawValue] = joint.f1[h]
        }
        for label in SignalLabel.allCases {
            guard let fit = fits[label], let threshold = thresholds[label] else { continue }
            var weights: [String: Double] = [:]
            // Word terms with tiny weights are left out: they would only make the model file long.
            for (f, name) in space.names.enumerated() where abs(fit.weights[f]) > (space.isTerm(f) ? 0.02 : 1e-6) {
                weights[name] = (fit.weights[f] * 10000).rounded() / 10000
            }
            labels[label.rawValue] = .init(bias: (fit.bias * 10000).rounded() / 10000, threshold: threshold, weights: weights)
        }
        return (LinearModel(trainedOn: provenance, labels: labels, commonWords: selection.commonWords.isEmpty ? nil : selection.commonWords), report)
    }

    /// Fits one label in two stages. First the rules and measures alone, pulled toward the
    /// curated priors; then the word terms learn what the rules miss while the rules stay close
    /// to their first-stage weights, so a textbook case keeps the score its rule gives it.
    private func fitLabel(_ rows: [LogisticRegression.Row], prior: [Double], space: FeatureSpace,
                          solver: LogisticRegression) -> (weights: [Double], bias: Double) {
        let ruleRows = rows.map { row -> LogisticRegression.Row in
            var kept = row
            kept.indices = []
            kept.values = []
            for k in 0..<row.indices.count where !space.isTerm(row.indices[k]) {
                kept.indices.append(row.indices[k])
                kept.values.append(row.values[k])
            }
            return kept
        }
        let first = solver.fit(ruleRows, featureCount: space.count, prior: prior, priorBias: LinearModel.priorBias)
        guard space.termStart < space.count else { return first }
        let pull = (0..<space.count).map { space.isTerm($0) ? termL2 : anchorL2 }
        return solver.fit(rows, featureCount: space.count, prior: first.weights, priorBias: first.bias, l2PerFeature: pull)
    }

    /// One out-of-fold prediction for choosing a threshold.
    struct Prediction {
        var score: Double
        /// 1 when the example carries the label, else 0.
        var label: Double
        var weight: Double
    }

    /// The threshold in 0.30…0.80 with the best weighted F1, and that F1.
    static func bestThreshold(_ predictions: [Prediction]) -> (Double, Double) {
        let best = HorsemanThresholds(scores: [predictions.map(\.score)], truth: [predictions.map { $0.label == 1 }],
                                      weights: predictions.map(\.weight)).choose(maximumFalseAlarms: 1)
        return (best.thresholds[0], best.f1[0])
    }
}
