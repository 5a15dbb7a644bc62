import Foundation

/// A score with its uncertainty band: score ± z · SEM, clamped to the scale.
public struct ScoreBand: Sendable, Equatable, Codable {
    /// The observed score.
    public var score: Double
    /// The standard error of measurement used, SD · √(1 − r).
    public var standardError: Double
    /// The lower end of the band.
    public var lower: Double
    /// The upper end of the band.
    public var upper: Double
    /// The z value the band was built with (1.96 for a 95 % band).
    public var z: Double

    /// Builds the band around a score from the subscale's norms.
    /// - Parameters:
    ///   - score: The observed score.
    ///   - norms: The subscale's norms (SD and reliability).
    ///   - range: The lowest and highest possible scores, to clamp the band.
    ///   - z: The z value of the band; 1.96 gives a 95 % band.
    public init(score: Double, norms: Norms, range: ClosedRange<Double>, z: Double = 1.96) {
        self.score = score
        standardError = norms.standardErrorOfMeasurement
        lower = max(range.lowerBound, score - z * standardError)
        upper = min(range.upperBound, score + z * standardError)
        self.z = z
    }

    /// Whether the band includes a value, so the score cannot be said to lie on one side of it.
    /// - Parameter value: A point on the scale, such as its midpoint.
    /// - Returns: `true` when `lower ≤ value ≤ upper`.
    public func straddles(_ value: Double) -> Bool {
        lower <= value && value <= upper
    }
}
