import Foundation

/// Builds a needs statement of the form "I feel … when … . I need …" and points out wording that
/// tends to start a fight instead of a conversation.
public struct NeedsStatement: Sendable, Equatable, Codable {
    /// The feeling ("lonely").
    public var feeling: String
    /// The situation, described as an event ("we spend the evening on our phones").
    public var situation: String
    /// The need or request ("an hour together without screens twice a week").
    public var need: String

    /// The empty template shown in a plan.
    public static let template = "I feel … when … . I need …"

    /// Creates a statement from its three parts.
    /// - Parameters:
    ///   - feeling: The feeling.
    ///   - situation: The situation, as an event.
    ///   - need: The need or request.
    public init(feeling: String, situation: String, need: String) {
        self.feeling = feeling
        self.situation = situation
        self.need = need
    }

    /// The finished sentence.
    public var sentence: String {
        let need = Self.clean(need)
        return "I feel \(Self.clean(feeling)) when \(Self.clean(situation)). I need \(need)."
    }

    /// Suggestions for wording that tends to be heard as blame rather than as a need.
    public var suggestions: [String] {
        var notes: [String] = []
        let feelingText = " \(feeling.lowercased()) "
        if feelingText.contains(" that ") || feelingText.contains(" like you") || feelingText.contains(" you ") {
            notes.append("\"I feel that you …\" states a thought about your partner; name a feeling instead (hurt, lonely, worried, tired).")
        }
        let situationText = " \(situation.lowercased()) "
        if [" always ", " never ", " every time "].contains(where: situationText.contains) {
            notes.append("\"Always\" and \"never\" invite a debate about exceptions; describe one recent moment.")
        }
        if [" you are ", " you're ", " so selfish", " lazy"].contains(where: situationText.contains) {
            notes.append("Describe what happened, not what kind of person your partner is.")
        }
        if Self.clean(need).isEmpty {
            notes.append("Finish with what would help: something your partner could actually do.")
        }
        return notes
    }

    private static func clean(_ text: String) -> String {
        var trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = trimmed.last, ".!".contains(last) { trimmed.removeLast() }
        return trimmed
    }
}
