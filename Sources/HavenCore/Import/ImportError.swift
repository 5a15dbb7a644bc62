import Foundation

/// Why a chat export could not be read.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadableFile(file: String, reason: String)
    /// The file is empty or holds only whitespace.
    case emptyFile(file: String)
    /// The file holds binary data, not a chat export.
    case binaryFile(file: String)
    /// No importer recognises the file.
    case unknownFormat(file: String)
    /// A forced format does not match the file's content.
    case notThisFormat(file: String, format: ImportFormat, detail: String)
    /// The JSON is cut off or invalid.
    case malformedJSON(file: String, detail: String)
    /// The JSON is valid but lacks what the format needs (e.g. a `messages` array).
    case unexpectedStructure(file: String, format: ImportFormat, detail: String)
    /// The zip archive is truncated or damaged.
    case corruptArchive(file: String, detail: String)
    /// The zip archive holds no chat file.
    case noChatInArchive(file: String)
    /// The text cannot be decoded in any supported encoding.
    case undecodableText(file: String, line: Int)
    /// A CSV file lacks a required column in its header (line 1).
    case missingColumn(file: String, column: String, header: String)
    /// A name given to narrow the conversation matches no participant.
    case unknownParticipant(name: String, participants: [String])

    /// A message that says what went wrong and what to do, naming file and line where they apply.
    public var description: String {
        switch self {
        case .unreadableFile(let file, let reason):
            return "\(file): cannot read the file (\(reason))."
        case .emptyFile(let file):
            return "\(file): the file is empty; export the chat again."
        case .binaryFile(let file):
            return "\(file): this is a binary file, not a chat export. Haven reads: \(ImportFormat.supportedList)."
        case .unknownFormat(let file):
            return "\(file): not a chat export Haven recognises. Haven reads: \(ImportFormat.supportedList). "
                + "Use --format to choose one."
        case .notThisFormat(let file, let format, let detail):
            return "\(file): does not look like \(format.displayName) (\(detail))."
        case .malformedJSON(let file, let detail):
            return "\(file): the JSON is cut off or invalid (\(detail)); export it again."
        case .unexpectedStructure(let file, let format, let detail):
            return "\(file): valid JSON, but not a \(format.displayName) export (\(detail))."
        case .corruptArchive(let file, let detail):
            return "\(file): the zip archive is truncated or damaged (\(detail)); export the chat again."
        case .noChatInArchive(let file):
            return "\(file): the zip archive holds no chat file (.txt or .json)."
        case .undecodableText(let file, let line):
            return "\(file):\(line): the text is in an encoding Haven cannot read; save it as UTF-8."
        case .missingColumn(let file, let column, let header):
            return "\(file):1: the header '\(header)' has no \(column) column; name the columns timestamp, sender and text."
        case .unknownParticipant(let name, let participants):
            return "No participant is called '\(name)'. Participants: \(participants.joined(separator: ", "))."
        }
    }
}
