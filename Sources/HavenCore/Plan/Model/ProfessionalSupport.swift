import Foundation

/// A recommendation to talk to a professional, with its reasons.
public struct ProfessionalSupport: Sendable, Equatable, Codable {
    /// Why, one reason per entry.
    public var reasons: [String]
    /// What kind of help fits.
    public var advice: String

    /// Creates a recommendation.
    /// - Parameters:
    ///   - reasons: Why, one per entry.
    ///   - advice: What kind of help fits.
    public init(reasons: [String], advice: String) {
        self.reasons = reasons
        self.advice = advice
    }
}
