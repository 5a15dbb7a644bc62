import Foundation

/// Gottman's four horsemen: conflict habits that wear a relationship down, each with an antidote.
public enum Horseman: String, Sendable, Codable, CaseIterable {
    /// Attacking the person rather than the problem.
    case criticism
    /// Speaking from superiority: mockery, sarcasm, eye-rolling.
    case contempt
    /// Warding off a complaint instead of hearing it.
    case defensiveness
    /// Shutting down and withdrawing from the conversation.
    case stonewalling

    /// The plan step identifier of this horseman's antidote.
    public var stepID: String { "antidote-\(rawValue)" }

    /// The antidote's name.
    public var antidote: String {
        switch self {
        case .criticism: "Gentle start-up"
        case .contempt: "An appreciation habit"
        case .defensiveness: "Taking responsibility"
        case .stonewalling: "A 20-minute break, with a time to come back"
        }
    }

    /// A concrete exercise for the antidote.
    public var exercise: Exercise {
        switch self {
        case .criticism:
            Exercise(title: "Start the next hard talk softly", steps: [
                "Before you raise it, write one sentence that names the situation, not your partner's character.",
                "Use the shape: \"I feel … about … . Could we …?\"",
                "Cross out \"always\" and \"never\"; keep to this one event.",
                "Say it when you are both calm, not in the middle of a task or a fight.",
            ])
        case .contempt:
            Exercise(title: "Notice and name what you value", steps: [
                "Each day for two weeks, note one thing your partner did that you appreciated, however small.",
                "Tell them at least three of them each week, specifically: \"Thank you for … . It meant … to me.\"",
                "When sarcasm rises, ask yourself which need of yours is unmet, and say that instead.",
            ])
        case .defensiveness:
            Exercise(title: "Own your part, even a small one", steps: [
                "When a complaint comes, pause before answering and look for the part that is fair.",
                "Say it first: \"You're right that I … . I can see how that landed.\"",
                "Only after that, and only if needed, add your side, without a \"but\" that undoes the first sentence.",
            ])
        case .stonewalling:
            Exercise(title: "Take a real break and come back", steps: [
                "Agree in advance on a signal for \"I'm flooded and need a break\".",
                "When you use it, name a time to return: \"Let's pause for 20 minutes and pick this up at 8:30.\"",
                "During the break, do something calming; do not rehearse the argument.",
                "Come back at the agreed time, even if only to set a new time.",
            ])
        }
    }
}
