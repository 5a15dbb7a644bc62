import Foundation

/// A scored result together with what is needed to show it honestly: uncertainty bands, the
/// attachment profile, and reliable change since the previous result.
public struct AssessmentReport: Sendable {
    /// A score's band together with how trustworthy the norms behind it are.
    public struct SubscaleBand: Sendable, Equatable {
        /// The band around the score.
        public var band: ScoreBand
        /// The status of the norms used.
        public var status: Norms.Status
    }

    /// The questionnaire answered.
    public var questionnaire: Questionnaire
    /// The new result.
    public var result: AssessmentResult
    /// The previous result of the same questionnaire, if any.
    public var previous: AssessmentResult?
    /// Reliable change since the previous result, per normed subscale.
    public var changes: [ReliableChange]
    /// A 95 % band per normed subscale.
    public var bands: [String: SubscaleBand]
    /// The attachment profile, for questionnaires that measure anxiety and avoidance.
    public var profile: AttachmentProfile?
    /// All results of this questionnaire including the new one, oldest first.
    public var trail: [AssessmentResult]
    /// Lines of the history file that could not be read.
    public var historyIssues: [HistoryIssue]
    /// The locale for wording.
    public var locale: String

    /// Assembles a report.
    /// - Parameters:
    ///   - result: The new result.
    ///   - questionnaire: The questionnaire answered.
    ///   - history: The history before the new result was added.
    ///   - locale: The locale for wording.
    public init(result: AssessmentResult, questionnaire: Questionnaire, history: AssessmentHistory, locale: String = "en") {
        self.questionnaire = questionnaire
        self.result = result
        self.locale = locale
        let earlier = history.results(for: questionnaire.id).filter { $0.date <= result.date }
        previous = earlier.last
        changes = previous.map { ReliableChange.compare($0, result, questionnaire: questionnaire) } ?? []
        var bands: [String: SubscaleBand] = [:]
        for subscale in questionnaire.subscales {
            guard let norms = subscale.norms, let score = result.scores[subscale.id] else { continue }
            let band = ScoreBand(score: score, norms: norms, range: questionnaire.range(of: subscale))
            bands[subscale.id] = SubscaleBand(band: band, status: norms.status)
        }
        self.bands = bands
        profile = AttachmentProfile.make(from: result, questionnaire: questionnaire)
        trail = AssessmentHistory(results: history.results(for: questionnaire.id) + [result]).results
        historyIssues = history.issues
    }

    /// The trajectory on the anxiety × avoidance plane, including the new result.
    public var trajectory: AttachmentTrajectory {
        AttachmentTrajectory.make(from: AssessmentHistory(results: trail), questionnaire: questionnaire)
    }
}
