import Foundation

/// Everything the plan is built from.
public struct PlanInput: Sendable {
    /// The person's questionnaire history (latest and previous results are used).
    public var history: AssessmentHistory
    /// A chat analysis, when given.
    public var analysis: ChatAnalysisSummary?
    /// Whose plan this is, by chat name; `nil` reads the chat as a whole.
    public var participant: String?
    /// Safety concerns for this person ("self-harm", "violence", "coercive-control"); never shared
    /// with the other partner.
    public var safetyConcerns: Set<String>

    /// Creates the input of a plan.
    /// - Parameters:
    ///   - history: The person's questionnaire history.
    ///   - analysis: A chat analysis, when given.
    ///   - participant: Whose plan this is, by chat name.
    ///   - safetyConcerns: Safety concerns for this person.
    public init(
        history: AssessmentHistory, analysis: ChatAnalysisSummary? = nil, participant: String? = nil,
        safetyConcerns: Set<String> = []
    ) {
        self.history = history
        self.analysis = analysis
        self.participant = participant
        self.safetyConcerns = safetyConcerns
    }
}

/// The cut-offs the plan engine uses on chat counts and scores.
public struct PlanThresholds: Sendable, Equatable {
    /// A signal counts as "seen" from this many messages on.
    public var signalSeen: Int = 2
    /// Contempt counts as frequent from this many messages on…
    public var contemptFrequentCount: Int = 3
    /// …when it is also at least this share of the person's messages.
    public var contemptFrequentRate: Double = 0.02
    /// A conflict-habits contempt score at or above this (4 = "often") counts as frequent.
    public var contemptFrequentScore: Double = 4.0
    /// We-talk below this share of all messages counts as little.
    public var lowWeTalkRate: Double = 0.02

    /// Creates the default thresholds.
    public init() {}
}
