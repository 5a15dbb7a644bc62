import Foundation

/// A set of next steps, the professional-support recommendation if any, and what the numbers can
/// and cannot tell.
public struct Plan: Sendable, Equatable, Codable {
    /// Version of the plan's JSON shape.
    public var schemaVersion: Int
    /// Present when professional support is recommended; always shown first.
    public var professionalSupport: ProfessionalSupport?
    /// The recommended steps, most relevant first.
    public var steps: [PlanStep]
    /// Coaching left out on purpose, with the reason (for example after a safety concern).
    public var withheld: [String]
    /// Notes on the inputs (missing questionnaires, unreadable lines…).
    public var notes: [String]
    /// What the scores and counts can and cannot tell.
    public var limits: [String]
}
