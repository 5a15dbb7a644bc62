import Foundation

/// A concrete practice that goes with a plan step.
public struct Exercise: Sendable, Equatable, Codable {
    /// A short name.
    public var title: String
    /// What to do, one action per entry.
    public var steps: [String]

    /// Creates an exercise.
    /// - Parameters:
    ///   - title: A short name.
    ///   - steps: What to do, one action per entry.
    public init(title: String, steps: [String]) {
        self.title = title
        self.steps = steps
    }
}
