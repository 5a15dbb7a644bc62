import Foundation

/// Weighted logistic regression over sparse features, regularised toward prior weights and
/// fitted by full-batch Adam: deterministic, so the same data always gives the same model.
struct LogisticRegression {
    struct Row {
        var indices: [Int]
        var values: [Double]
        var label: Double
        var weight: Double
    }

    var iterations = 600
    var learningRate = 0.05
    var l2 = 1e-4

    /// Fits weights and a bias.
    ///
    /// - Parameters:
    ///   - rows: the examples.
    ///   - featureCount: the number of features.
    ///   - prior: the weight each feature is pulled toward.
    ///   - priorBias: the starting intercept.
    ///   - l2PerFeature: each feature's own pull toward its prior; `l2` for every feature when nil.
    func fit(_ rows: [Row], featureCount: Int, prior: [Double], priorBias: Double, l2PerFeature: [Double]? = nil) -> (weights: [Double], bias: Double) {
        let pull = l2PerFeature ?? Array(repeating: l2, count: featureCount)
        var w = prior
        var b = priorBias
        var m = Array(repeating: 0.0, count: featureCount + 1)
        var v = Array(repeating: 0.0, count: featureCount + 1)
        let totalWeight = max(rows.reduce(0) { $0 + $1.weight }, 1e-9)
        let beta1 = 0.9, beta2 = 0.999, eps = 1e-8
        guard iterations >= 1 else { return (w, b) }
        for step in 1...iterations {
            var grad = Array(repeating: 0.0, count: featureCount + 1)
            for row in rows {
                var z = b
                for k in 0..<row.indices.count { z += w[row.indices[k]] * row.values[k] }
                let p = 1 / (1 + exp(-z))
                let g = (p - row.label) * row.weight / totalWeight
                for k in 0..<row.indices.count { grad[row.indices[k]] += g * row.values[k] }
                grad[featureCount] += g
            }
            for f in 0..<featureCount { grad[f] += 2 * pull[f] * (w[f] - prior[f]) }
            let c1 = 1 - pow(beta1, Double(step)), c2 = 1 - pow(beta2, Double(step))
            for f in 0...featureCount {
                m[f] = beta1 * m[f] + (1 - beta1) * grad[f]
                v[f] = beta2 * v[f] + (1 - beta2) * grad[f] * grad[f]
                let update = learningRate * (m[f] / c1) / ((v[f] / c2).squareRoot() + eps)
                if f == featureCount { b -= update } else { w[f] -= update }
            }
        }
        return (w, b)
    }

    /// The probability the model gives a row.
    static func predict(_ row: Row, weights: [Double], bias: Double) -> Double {
        var z = bias
        for k in 0..<row.indices.count { z += weights[row.indices[k]] * row.values[k] }
        return 1 / (1 + exp(-z))
    }
}
