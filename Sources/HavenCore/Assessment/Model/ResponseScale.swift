import Foundation

/// The range of whole-number answers an item accepts, with optional labels per locale.
public struct ResponseScale: Sendable, Equatable, Codable {
    /// The lowest accepted answer.
    public var min: Int
    /// The highest accepted answer.
    public var max: Int
    /// One label per answer from `min` to `max`, per locale; absent when no wording is shipped.
    public var labels: [String: [String]]?

    /// Creates a response scale.
    /// - Parameters:
    ///   - min: The lowest accepted answer.
    ///   - max: The highest accepted answer.
    ///   - labels: One label per answer, per locale.
    public init(min: Int, max: Int, labels: [String: [String]]? = nil) {
        self.min = min
        self.max = max
        self.labels = labels
    }

    /// Whether an answer lies within the scale.
    /// - Parameter answer: A raw answer.
    /// - Returns: `true` when `min ≤ answer ≤ max`.
    public func contains(_ answer: Int) -> Bool {
        (min...max).contains(answer)
    }

    /// The reverse-keyed value of an answer: `min + max − answer` (8 − x on a 1–7 scale).
    /// - Parameter answer: A raw answer within the scale.
    /// - Returns: The answer mirrored around the scale's midpoint.
    public func reversed(_ answer: Int) -> Int {
        min + max - answer
    }

    /// The midpoint of the scale.
    public var midpoint: Double {
        Double(min + max) / 2
    }

    /// The label of an answer in a locale, if the scale ships labels.
    /// - Parameters:
    ///   - answer: A raw answer within the scale.
    ///   - locale: A locale identifier; falls back to English.
    /// - Returns: The label, or `nil` when none is shipped.
    public func label(for answer: Int, locale: String = "en") -> String? {
        guard let labels, contains(answer) else { return nil }
        let list = labels[locale] ?? labels["en"] ?? []
        let index = answer - min
        return index < list.count ? list[index] : nil
    }
}
