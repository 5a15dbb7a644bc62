import Foundation

/// Why a history file could not be read or appended to.
public enum HistoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but could not be read.
    case unreadable(file: String, reason: String)
    /// The result could not be appended; the file is unchanged.
    case appendFailed(file: String, reason: String)
    /// The file has lines but none is even JSON: most likely another file given by mistake (a
    /// chat export, notes), which must not be appended to.
    case notAHistory(file: String, lines: Int, first: HistoryIssue)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read the history file (\(reason))."
        case let .appendFailed(file, reason):
            return "\(file): could not append the result (\(reason)); the file was not changed."
        case let .notAHistory(file, lines, first):
            return "\(file): none of its \(lines) lines is an assessment result, or even JSON (line \(first.line): \(first.reason)), "
                + "so it was not read or changed. Give your history file, or a new file name to start one."
        }
    }
}

/// A line of a history file that could not be read; the other lines are kept.
public struct HistoryIssue: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// What is wrong with it.
    public var reason: String

    /// Creates an issue.
    /// - Parameters:
    ///   - line: The 1-based line number.
    ///   - reason: What is wrong with it.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    /// The issue as "line N: reason".
    public var description: String { "line \(line): \(reason)" }
}
