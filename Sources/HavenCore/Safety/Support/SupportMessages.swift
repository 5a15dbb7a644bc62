import Foundation

/// The short, warm text shown with support resources when screening fires.
public struct SupportMessages: Codable, Sendable, Hashable {
    /// The opening line.
    public var intro: String
    /// The line shown when signs of self-harm were found.
    public var selfHarm: String
    /// The line shown when signs of violence were found.
    public var violence: String
    /// The line shown when signs of coercive control were found.
    public var coerciveControl: String
    /// The suggestion to see a professional.
    public var professional: String
    /// The emergency line; `{number}` is replaced by the region's emergency number.
    public var emergency: String
    /// The emergency line for regions without a single number.
    public var emergencyUnknown: String
    /// The reassurance that the check was private.
    public var privacy: String

    /// The line for one concern.
    ///
    /// - Parameter concern: A concern that fired.
    /// - Returns: The text to show for it.
    public func line(for concern: SafetyConcern) -> String {
        switch concern {
        case .selfHarm: selfHarm
        case .violence: violence
        case .coerciveControl: coerciveControl
        }
    }

    /// The emergency line for a region.
    ///
    /// - Parameter region: The region shown.
    /// - Returns: The line, with the region's number when it has one.
    public func emergencyLine(for region: SupportRegion) -> String {
        guard let number = region.emergency else { return emergencyUnknown }
        return emergency.replacingOccurrences(of: "{number}", with: number)
    }
}
