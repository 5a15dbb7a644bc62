import Foundation

/// The results read from a history file, oldest first, with any lines that could not be read.
public struct AssessmentHistory: Sendable, Equatable {
    /// Every readable result, sorted by date (oldest first).
    public var results: [AssessmentResult]
    /// Lines that could not be read; they stay in the file untouched.
    public var issues: [HistoryIssue]

    /// Creates a history.
    /// - Parameters:
    ///   - results: The results, in any order; they are sorted by date.
    ///   - issues: Lines that could not be read.
    public init(results: [AssessmentResult] = [], issues: [HistoryIssue] = []) {
        self.results = results.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        self.issues = issues
    }

    /// The results of one questionnaire, oldest first.
    /// - Parameter questionnaireID: A questionnaire identifier.
    /// - Returns: Its results, oldest first.
    public func results(for questionnaireID: String) -> [AssessmentResult] {
        results.filter { $0.questionnaireID.lowercased() == questionnaireID.lowercased() }
    }

    /// The most recent result of each questionnaire.
    /// - Returns: One result per questionnaire id.
    public func latestPerQuestionnaire() -> [String: AssessmentResult] {
        var latest: [String: AssessmentResult] = [:]
        for result in results { latest[result.questionnaireID] = result }
        return latest
    }

    /// The result before the most recent one of a questionnaire.
    /// - Parameter questionnaireID: A questionnaire identifier.
    /// - Returns: The second most recent result, if any.
    public func previous(for questionnaireID: String) -> AssessmentResult? {
        let list = results(for: questionnaireID)
        return list.count >= 2 ? list[list.count - 2] : nil
    }
}
