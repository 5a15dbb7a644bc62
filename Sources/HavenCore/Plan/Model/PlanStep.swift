import Foundation

/// One recommended step: what to practise, why it was chosen, and a concrete exercise.
public struct PlanStep: Sendable, Equatable, Codable, Identifiable {
    /// A stable identifier ("voice-needs", "antidote-contempt", …).
    public var id: String
    /// A short name.
    public var title: String
    /// The measurements behind the recommendation, one per entry.
    public var why: [String]
    /// What to do.
    public var exercise: Exercise

    /// Creates a step.
    /// - Parameters:
    ///   - id: A stable identifier.
    ///   - title: A short name.
    ///   - why: The measurements behind it.
    ///   - exercise: What to do.
    public init(id: String, title: String, why: [String], exercise: Exercise) {
        self.id = id
        self.title = title
        self.why = why
        self.exercise = exercise
    }
}
