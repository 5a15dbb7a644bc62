import Foundation

/// Turns questionnaire results, an optional chat analysis and safety concerns into a ``Plan``.
///
/// The engine never diagnoses and never predicts whether a relationship will last; each step
/// names the measurement behind it, and the plan says what the numbers can and cannot tell.
public struct PlanEngine: Sendable {
    /// The questionnaires, for names, scales and flags.
    public var catalog: QuestionnaireCatalog
    /// The cut-offs on chat counts and scores.
    public var thresholds: PlanThresholds

    /// Creates an engine.
    /// - Parameters:
    ///   - catalog: The questionnaires, for names, scales and flags.
    ///   - thresholds: The cut-offs on chat counts and scores.
    public init(catalog: QuestionnaireCatalog, thresholds: PlanThresholds = PlanThresholds()) {
        self.catalog = catalog
        self.thresholds = thresholds
    }

    /// Builds a plan.
    /// - Parameter input: The history, analysis, participant and safety concerns.
    /// - Returns: The plan: professional support first when warranted, then the steps.
    /// - Throws: ``PlanError/unknownParticipant(name:known:)`` when the participant is not in the analysis.
    public func makePlan(_ input: PlanInput) throws(PlanError) -> Plan {
        var board = EvidenceBoard()
        addQuestionnaireEvidence(input.history, to: &board)
        if let analysis = input.analysis {
            try addChatEvidence(analysis, participant: input.participant, to: &board)
        }
        var withheld: [String] = []
        if !input.safetyConcerns.isEmpty {
            board.professional.insert(
                "Something in what you shared suggests your safety or well-being may be at risk; that deserves more care than self-help can give.",
                at: 0)
            for id in PlanLibrary.order where PlanLibrary.pausedBySafety.contains(id) && board.reasons[id] != nil {
                board.reasons[id] = nil
            }
            withheld.append(
                "Coaching to treat problems as shared (\"us versus the problem\") and to give the benefit of the doubt is paused: when safety is a concern, protecting yourself comes first.")
        }
        let steps = PlanLibrary.order
            .compactMap { id in board.reasons[id].flatMap { PlanLibrary.step(id, why: $0) } }
            .enumerated()
            .sorted { ($1.element.why.count, $0.offset) < ($0.element.why.count, $1.offset) }
            .map(\.element)
        var support: ProfessionalSupport?
        if !board.professional.isEmpty {
            support = ProfessionalSupport(
                reasons: board.professional,
                advice: input.safetyConcerns.isEmpty
                    ? "Consider a couples therapist or counsellor, together or on your own. Asking for help early is a strength, not a verdict on the relationship."
                    : "Please talk to a professional you trust (a doctor, counsellor or support line), on your own. If you are in danger right now, call your local emergency number.")
        }
        if input.history.results.isEmpty && input.analysis == nil {
            board.notes.append("No questionnaire results and no chat analysis were given, so there is nothing to base steps on yet. Run `haven assess` first.")
        }
        return Plan(
            schemaVersion: 1, professionalSupport: support, steps: steps, withheld: withheld,
            notes: board.notes, limits: limits(usesOwnQuestionnaires: board.usedSelfReflection, usesChat: input.analysis != nil))
    }

    private func limits(usesOwnQuestionnaires: Bool, usesChat: Bool) -> [String] {
        var limits = [
            "This plan is not a diagnosis, and nothing in it predicts whether your relationship will last.",
            "Scores show how you see things right now and, over time, whether a change is larger than measurement noise. They cannot tell why, or how your partner sees it.",
        ]
        if usesChat {
            limits.append("Chat counts come from word patterns in messages; they miss tone, context and everything said face to face.")
        }
        if usesOwnQuestionnaires {
            limits.append("Haven's own questionnaires are self-reflection tools with provisional norms, not clinical instruments.")
        }
        return limits
    }
}

/// Reasons gathered while reading the inputs.
struct EvidenceBoard {
    var reasons: [String: [String]] = [:]
    var professional: [String] = []
    var notes: [String] = []
    var usedSelfReflection = false

    mutating func add(_ reason: String, to step: String) {
        reasons[step, default: []].append(reason)
    }
}
