import Foundation

/// Reference values for a subscale: the population mean, SD and reliability, with where they came from.
public struct Norms: Sendable, Equatable, Codable {
    /// How much trust the values deserve.
    public enum Status: String, Sendable, Codable {
        /// Taken from a published source.
        case published
        /// Close to published values but not checked against the source.
        case approximate
        /// A placeholder chosen by the Haven project, not derived from data.
        case provisional
    }

    /// Mean of the reference sample.
    public var mean: Double
    /// Standard deviation of the reference sample.
    public var sd: Double
    /// Reliability (internal consistency or test–retest), between 0 and 1.
    public var reliability: Double
    /// How much trust the values deserve.
    public var status: Status
    /// Where the values come from, in words.
    public var source: String

    /// Creates norms.
    /// - Parameters:
    ///   - mean: Mean of the reference sample.
    ///   - sd: Standard deviation of the reference sample.
    ///   - reliability: Reliability between 0 and 1.
    ///   - status: How much trust the values deserve.
    ///   - source: Where the values come from.
    public init(mean: Double, sd: Double, reliability: Double, status: Status, source: String) {
        self.mean = mean
        self.sd = sd
        self.reliability = reliability
        self.status = status
        self.source = source
    }

    /// The standard error of measurement: SD · √(1 − r).
    public var standardErrorOfMeasurement: Double {
        sd * (1 - reliability).squareRoot()
    }

    /// The standard error of the difference between two scores: √2 · SEM (Jacobson & Truax, 1991).
    public var standardErrorOfDifference: Double {
        2.0.squareRoot() * standardErrorOfMeasurement
    }
}
