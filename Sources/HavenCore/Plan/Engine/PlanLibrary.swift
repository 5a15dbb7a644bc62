import Foundation

/// The steps Haven can recommend, with their exercises, and which measurements point to them.
public enum PlanLibrary {
    /// Step identifiers in the order they are shown when equally supported.
    public static let order = [
        "antidote-contempt", "voice-needs", "antidote-criticism", "antidote-defensiveness",
        "antidote-stonewalling", "words-and-body-agree", "team-vs-problem", "benefit-of-doubt", "life-outside",
    ]

    /// Steps that are withheld when a safety concern is present.
    public static let pausedBySafety: Set<String> = ["team-vs-problem", "benefit-of-doubt"]

    /// Which questionnaire flag points to which step.
    public static let stepForFlag: [String: String] = [
        "needs-unmet": "voice-needs", "low-understood": "voice-needs", "needs-reassurance": "voice-needs",
        "high-anxiety": "voice-needs", "high-avoidance": "words-and-body-agree",
        "incongruent": "words-and-body-agree", "not-a-team": "team-vs-problem",
        "little-benefit-of-doubt": "benefit-of-doubt", "dwells-on-past": "benefit-of-doubt",
        "little-outside-life": "life-outside",
        "criticism-seen": "antidote-criticism", "contempt-seen": "antidote-contempt",
        "defensiveness-seen": "antidote-defensiveness", "stonewalling-seen": "antidote-stonewalling",
    ]

    /// Which of a person's own chat signals point to which step.
    public static let stepForOwnSignal: [String: String] = [
        "self-silencing": "voice-needs", "incongruence": "words-and-body-agree",
        "overgeneralization": "benefit-of-doubt", "past-dwelling": "benefit-of-doubt",
    ]

    /// The step with an identifier, with the reasons filled in.
    /// - Parameters:
    ///   - id: A step identifier from ``order``.
    ///   - why: The measurements behind it.
    /// - Returns: The step, or `nil` for an unknown identifier.
    public static func step(_ id: String, why: [String]) -> PlanStep? {
        if let horseman = Horseman.allCases.first(where: { $0.stepID == id }) {
            return PlanStep(id: id, title: horseman.antidote, why: why, exercise: horseman.exercise)
        }
        switch id {
        case "voice-needs":
            return PlanStep(id: id, title: "Voice your own needs", why: why, exercise: Exercise(
                title: "Build a needs statement", steps: [
                    "Pick one recent moment that left you wanting something.",
                    "Fill in: \"\(NeedsStatement.template)\" — a feeling, an event, a request your partner can act on.",
                    "Check it: no \"always\" or \"never\", no verdict on your partner's character.",
                    "Say it once this week at a calm moment, and listen to the answer.",
                ]))
        case "words-and-body-agree":
            return PlanStep(id: id, title: "Make your words and body language agree", why: why, exercise: Exercise(
                title: "Say what your face already says", steps: [
                    "Notice when you say \"fine\" or \"whatever\" while your tone or body says something else.",
                    "Name the mismatch out loud: \"I said it's fine, but actually I'm disappointed.\"",
                    "Ask your partner to tell you gently when your words and your tone seem to disagree.",
                ]))
        case "team-vs-problem":
            return PlanStep(id: id, title: "Face conflict as a team", why: why, exercise: Exercise(
                title: "Us versus the problem", steps: [
                    "Write the disagreement as a problem outside both of you: \"the money worry\", not \"your spending\".",
                    "Sit side by side and list what each of you needs from a solution.",
                    "Pick one small experiment to try for a week, and review it together.",
                ]))
        case "benefit-of-doubt":
            return PlanStep(id: id, title: "Give the benefit of the doubt", why: why, exercise: Exercise(
                title: "Three other explanations", steps: [
                    "When your partner does something that stings, write down your first reading of why.",
                    "Write three other explanations that would also fit (tired, distracted, misunderstood, worried).",
                    "Ask before you conclude: \"When you …, what was going on for you?\"",
                    "Once something is talked through, agree to let it rest rather than bring it back next time.",
                ]))
        case "life-outside":
            return PlanStep(id: id, title: "Keep a life outside the relationship", why: why, exercise: Exercise(
                title: "Something that is your own", steps: [
                    "List three people or activities that matter to you apart from your partner.",
                    "Put one of them in your calendar this week, and protect it.",
                    "Tell your partner about it afterwards: what you enjoyed, not a report.",
                ]))
        default:
            return nil
        }
    }
}
