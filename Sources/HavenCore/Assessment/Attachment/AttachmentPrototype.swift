import Foundation

/// The four textbook corners of the anxiety × avoidance plane, used only as "closest prototype".
public enum AttachmentPrototype: String, Sendable, Codable, CaseIterable {
    /// Low anxiety, low avoidance.
    case secure
    /// High anxiety, low avoidance (anxious/preoccupied).
    case anxious
    /// Low anxiety, high avoidance (avoidant/dismissing).
    case avoidant
    /// High anxiety, high avoidance.
    case fearful

    /// The name shown to people.
    public var displayName: String {
        switch self {
        case .secure: "secure"
        case .anxious: "anxious/preoccupied"
        case .avoidant: "avoidant/dismissing"
        case .fearful: "fearful"
        }
    }

    /// Whether this corner sits at the high end of the anxiety axis.
    public var highAnxiety: Bool { self == .anxious || self == .fearful }

    /// Whether this corner sits at the high end of the avoidance axis.
    public var highAvoidance: Bool { self == .avoidant || self == .fearful }

    /// The corner's position on a scale: a quarter of the range in from each end.
    /// - Parameter scale: The response scale of the two subscales.
    /// - Returns: The (anxiety, avoidance) point of this prototype.
    public func point(on scale: ResponseScale) -> (anxiety: Double, avoidance: Double) {
        let span = Double(scale.max - scale.min)
        let low = Double(scale.min) + span / 4
        let high = Double(scale.max) - span / 4
        return (highAnxiety ? high : low, highAvoidance ? high : low)
    }

    /// The prototype nearest to a point of the plane (Euclidean distance).
    /// - Parameters:
    ///   - anxiety: The anxiety score.
    ///   - avoidance: The avoidance score.
    ///   - scale: The response scale of the two subscales.
    /// - Returns: The closest prototype.
    public static func closest(anxiety: Double, avoidance: Double, on scale: ResponseScale) -> AttachmentPrototype {
        allCases.min { lhs, rhs in
            distance(lhs.point(on: scale), anxiety, avoidance) < distance(rhs.point(on: scale), anxiety, avoidance)
        } ?? .secure
    }

    private static func distance(_ point: (anxiety: Double, avoidance: Double), _ anxiety: Double, _ avoidance: Double) -> Double {
        let dx = point.anxiety - anxiety
        let dy = point.avoidance - avoidance
        return (dx * dx + dy * dy).squareRoot()
    }
}
