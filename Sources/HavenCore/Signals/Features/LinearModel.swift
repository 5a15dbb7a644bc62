/// The learned part of the engine: one logistic regression per label over the features.
///
/// Stored as `Resources/Signals/model.json`, written by `haven train`. Weights are keyed by
/// feature name, so a rule added after training still counts with its prior weight.
public struct LinearModel: Sendable, Codable {
    /// The model file's format version.
    public var version: Int
    /// How the weights were made (data, command, date), for provenance.
    public var trainedOn: String
    /// Per-label parameters.
    public var labels: [String: LabelModel]
    /// Words so common in the training data that a word term made only of them is never a
    /// finding's evidence on its own.
    public var commonWords: [String]?

    /// Parameters of one label's logistic regression.
    public struct LabelModel: Sendable, Codable {
        /// The intercept.
        public var bias: Double
        /// The score at or above which the label is reported.
        public var threshold: Double
        /// Weight per feature name.
        public var weights: [String: Double]

        /// Creates a label model.
        public init(bias: Double, threshold: Double, weights: [String: Double]) {
            self.bias = bias
            self.threshold = threshold
            self.weights = weights
        }
    }

    /// Creates a model.
    public init(version: Int = 1, trainedOn: String, labels: [String: LabelModel], commonWords: [String]? = nil) {
        self.version = version
        self.commonWords = commonWords
        self.trainedOn = trainedOn
        self.labels = labels
    }

    /// The learned word terms the weights name (`w:…`), sorted.
    public var termNames: [String] {
        var names = Set<String>()
        for label in labels.values { names.formUnion(label.weights.keys.filter(LexicalTerms.isTerm)) }
        return names.sorted()
    }

    /// The intercept before training.
    static let priorBias = -2.0

}

/// A linear model laid out for fast scoring: the weights of all labels for one feature sit
/// side by side, so a message's few active features touch a few cache lines, however many word
/// terms the model knows.
struct DenseLinearModel: Sendable {
    var bias: [Double]
    var threshold: [Double]
    /// weights[feature * labelCount + label]
    private var weights: [Double]
    let labelCount: Int
    /// Per label: whether its word terms are ignored when the message answers a calm question.
    private let wordsNeedSomethingToAnswer: [Bool]
    /// Feature index of the first word term.
    private let termStart: Int

    init(model: LinearModel?, space: FeatureSpace) {
        let labels = SignalLabel.allCases
        labelCount = labels.count
        wordsNeedSomethingToAnswer = labels.map(\.wordsNeedSomethingToAnswer)
        termStart = space.termStart
        bias = labels.map { model?.labels[$0.rawValue]?.bias ?? LinearModel.priorBias }
        threshold = labels.map { model?.labels[$0.rawValue]?.threshold ?? 0.5 }
        weights = Array(repeating: 0, count: space.count * labels.count)
        for (l, label) in labels.enumerated() {
            let stored = model?.labels[label.rawValue]
            for (f, name) in space.names.enumerated() {
                let prior = space.priorLabel[f] == label.rawValue ? space.priorWeight[f] : 0
                weights[f * labelCount + l] = stored?.weights[name] ?? prior
            }
        }
    }

    /// The weight of a feature for a label in a message: zero for a word term of a label whose
    /// words need something to answer when the message answers a calm turn.
    @inline(__always)
    func weight(label: Int, feature: Int, in x: FeatureVector) -> Double {
        if x.calmContext, feature >= termStart, wordsNeedSomethingToAnswer[label] { return 0 }
        return weights[feature * labelCount + label]
    }

    /// Every label's logit for a message, in `SignalLabel.allCases` order.
    func logits(_ x: FeatureVector) -> [Double] {
        var z = bias
        // After a calm turn the word terms skip the labels whose words need something to answer.
        let gatedFrom = x.countedFeatures(wordsNeedSomethingToAnswer: true)
        weights.withUnsafeBufferPointer { w in
            z.withUnsafeMutableBufferPointer { z in
                for k in 0..<gatedFrom {
                    let base = x.indices[k] * labelCount
                    let v = x.values[k]
                    for l in 0..<labelCount { z[l] += w[base + l] * v }
                }
                for k in gatedFrom..<x.indices.count {
                    let base = x.indices[k] * labelCount
                    let v = x.values[k]
                    for l in 0..<labelCount where !wordsNeedSomethingToAnswer[l] { z[l] += w[base + l] * v }
                }
            }
        }
        return z
    }
}
