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

    /// The learned word terms the weights name (`w:…`, `c:…`), sorted.
    public var termNames: [String] {
        var names = Set<String>()
        for label in labels.values { names.formUnion(label.weights.keys.filter(LexicalTerms.isTerm)) }
        return names.sorted()
    }

    /// The intercept before training.
    static let priorBias = -2.0

}

/// A linear model laid out as dense arrays over a feature space, for fast scoring.
struct DenseLinearModel: Sendable {
    var bias: [Double]
    var threshold: [Double]
    /// weights[label][feature]
    var weights: [[Double]]

    init(model: LinearModel?, space: FeatureSpace) {
        let labels = SignalLabel.allCases
        bias = []
        threshold = []
        weights = []
        for label in labels {
            let stored = model?.labels[label.rawValue]
            bias.append(stored?.bias ?? LinearModel.priorBias)
            threshold.append(stored?.threshold ?? 0.5)
            var row: [Double] = []
            row.reserveCapacity(space.count)
            for (f, name) in space.names.enumerated() {
                let prior = space.priorLabel[f] == label.rawValue ? space.priorWeight[f] : 0
                row.append(stored?.weights[name] ?? prior)
            }
            weights.append(row)
        }
    }

    @inline(__always)
    func logit(label: Int, _ x: FeatureVector) -> Double {
        var z = bias[label]
        let w = weights[label]
        for k in 0..<x.indices.count { z += w[x.indices[k]] * x.values[k] }
        return z
    }
}
