import Foundation

/// Movement on the anxiety × avoidance plane across the results of one questionnaire.
public struct AttachmentTrajectory: Sendable, Equatable, Codable {
    /// One dated position on the plane.
    public struct Point: Sendable, Equatable, Codable {
        /// When the questionnaire was answered.
        public var date: Date
        /// The anxiety score.
        public var anxiety: Double
        /// The avoidance score.
        public var avoidance: Double
    }

    /// The questionnaire the points come from (points of different instruments are never mixed).
    public var questionnaireID: String
    /// The positions, oldest first.
    public var points: [Point]
    /// Change from the first to the last point on each axis, when there are at least two.
    public var overall: [ReliableChange]

    /// Builds the trajectory of one questionnaire from a history.
    /// - Parameters:
    ///   - history: The history to read.
    ///   - questionnaire: An attachment questionnaire (with anxiety and avoidance subscales).
    /// - Returns: The trajectory; empty when the questionnaire does not measure attachment.
    public static func make(from history: AssessmentHistory, questionnaire: Questionnaire) -> AttachmentTrajectory {
        let results = questionnaire.measuresAttachment ? history.results(for: questionnaire.id) : []
        let points = results.compactMap { result -> Point? in
            guard let anxiety = result.scores["anxiety"], let avoidance = result.scores["avoidance"] else { return nil }
            return Point(date: result.date, anxiety: anxiety, avoidance: avoidance)
        }
        var overall: [ReliableChange] = []
        if let first = results.first, let last = results.last, results.count >= 2 {
            overall = ReliableChange.compare(first, last, questionnaire: questionnaire)
        }
        return AttachmentTrajectory(questionnaireID: questionnaire.id, points: points, overall: overall)
    }

    /// The straight-line distance travelled on the plane from the first to the last point.
    public var netDistance: Double {
        guard let first = points.first, let last = points.last else { return 0 }
        let dx = last.anxiety - first.anxiety
        let dy = last.avoidance - first.avoidance
        return (dx * dx + dy * dy).squareRoot()
    }
}
