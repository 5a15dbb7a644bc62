import Foundation

/// An unfinished questionnaire: the answers so far and where the person stopped, kept in a small
/// file so the session can be resumed.
public struct AssessmentProgress: Sendable, Equatable, Codable {
    /// The questionnaire being answered.
    public var questionnaireID: String
    /// The questionnaire version the answers belong to.
    public var questionnaireVersion: String
    /// The answers so far, in item order; `nil` where not (yet) answered.
    public var answers: [Int?]
    /// The 0-based index of the item to show next.
    public var position: Int
    /// When the session started.
    public var started: Date

    /// Starts a fresh session.
    /// - Parameters:
    ///   - questionnaire: The questionnaire to answer.
    ///   - started: When the session started.
    public init(questionnaire: Questionnaire, started: Date = Date()) {
        questionnaireID = questionnaire.id
        questionnaireVersion = questionnaire.version
        answers = Array(repeating: nil, count: questionnaire.itemCount)
        position = 0
        self.started = started
    }

    /// Whether this progress belongs to the given questionnaire and version.
    /// - Parameter questionnaire: The questionnaire about to be answered.
    /// - Returns: `true` when it can be resumed.
    public func matches(_ questionnaire: Questionnaire) -> Bool {
        questionnaireID == questionnaire.id && questionnaireVersion == questionnaire.version
            && answers.count == questionnaire.itemCount
    }

    /// Reads saved progress.
    /// - Parameter url: The progress file.
    /// - Returns: The progress, or `nil` when the file is absent or unreadable (a fresh start is safe).
    public static func load(from url: URL) -> AssessmentProgress? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? HistoryFile.decoder().decode(AssessmentProgress.self, from: data)
    }

    /// Saves progress by writing a temporary file and renaming it over the old one.
    /// - Parameter url: The progress file.
    /// - Throws: A file-system error when the directory cannot be written.
    public func save(to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try HistoryFile.encoder().encode(self).write(to: url, options: .atomic)
    }

    /// Deletes saved progress once the questionnaire is finished.
    /// - Parameter url: The progress file.
    public static func clear(at url: URL) {
        try? FileManager.default.removeItem(at: url)
    }
}
