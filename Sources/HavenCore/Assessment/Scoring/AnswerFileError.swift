import Foundation

/// Why a file of answers could not be read.
public enum AnswerFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened.
    case unreadable(file: String, reason: String)
    /// The file is not valid JSON.
    case notJSON(file: String, reason: String)
    /// The file is JSON but not an array.
    case notAnArray(file: String)
    /// An entry is neither a whole number nor null.
    case invalidEntry(file: String, item: Int, found: String)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read the answers file (\(reason))."
        case let .notJSON(file, reason):
            return "\(file): not valid JSON (\(reason)). Expected an array such as [4, 2, null, 7]."
        case let .notAnArray(file):
            return "\(file): expected a JSON array of answers in item order, such as [4, 2, null, 7]."
        case let .invalidEntry(file, item, found):
            return "\(file): entry \(item) (item \(item)) is \(found); expected a whole number, or null when unanswered."
        }
    }
}
