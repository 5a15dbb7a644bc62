import Foundation

/// Why a plan could not be built.
public enum PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The analysis file could not be read or decoded.
    case unreadableAnalysis(file: String, reason: String)
    /// The named participant is not in the analysis.
    case unknownParticipant(name: String, known: [String])

    /// A message a person can act on.
    public var description: String {
        switch self {
        case let .unreadableAnalysis(file, reason):
            return "\(file): \(reason)."
        case let .unknownParticipant(name, known):
            return "No participant named '\(name)' in the analysis. Participants: \(known.joined(separator: ", "))."
        }
    }
}
