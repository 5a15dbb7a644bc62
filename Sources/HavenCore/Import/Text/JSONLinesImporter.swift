import Foundation

/// Reads JSON Lines: one object per line with `timestamp`, `sender` and `text` (aliases such as
/// `date`, `author` or `message` work too). A line that is not such an object is reported with its number.
public struct JSONLinesImporter: ConversationImporter {
    /// The format this importer reads: ``ImportFormat/jsonLines``.
    public let format = ImportFormat.jsonLines

    /// Creates the importer.
    public init() {}

    /// Recognises `.jsonl`/`.ndjson` files, or text whose first line is a whole JSON object with the three fields.
    ///
    /// - Parameter sample: The start of the file.
    /// - Returns: `true` for JSON Lines files.
    public func canImport(sample: ImportSample) -> Bool {
        if sample.fileExtension == "jsonl" || sample.fileExtension == "ndjson" { return true }
        guard let first = sample.firstLines(1).first, first.hasPrefix("{"), first.hasSuffix("}"),
            let object = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        else { return false }
        let keys = Array(object.keys)
        return RecordFields.index(in: keys, of: RecordFields.timestamp) != nil
            && RecordFields.index(in: keys, of: RecordFields.sender) != nil
            && RecordFields.index(in: keys, of: RecordFields.text) != nil
    }

    /// Reads a whole file.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - options: The file name for messages.
    /// - Returns: The conversation, with unreadable lines listed in ``Conversation/unparsedLines``.
    /// - Throws: ``ImportError/undecodableText(file:line:)`` for damaged UTF-16.
    public func importConversation(from data: Data, options: ImportOptions) throws -> Conversation {
        let decoded = try TextDecoding.decode(data, file: options.fileName)
        var messages: [ChatMessage] = []
        var unparsed: [UnparsedLine] = []
        var number = 0
        for line in TextLines.split(decoded.text) {
            number += 1
            let trimmed = line.trimmingInvisibles()
            if trimmed.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                unparsed.append(UnparsedLine(line: number, text: "not a JSON object: " + trimmed))
                continue
            }
            func value(_ aliases: [String]) -> String? {
                guard let key = aliases.first(where: { object[$0] != nil }) else { return nil }
                switch object[key] {
                case let string as String: return string
                case let number as NSNumber: return number.stringValue
                default: return nil
                }
            }
            switch RecordFields.message(
                timestamp: value(RecordFields.timestamp), sender: value(RecordFields.sender), text: value(RecordFields.text), line: number)
            {
            case .success(let message): messages.append(message)
            case .failure(let line): unparsed.append(line)
            }
        }
        return Conversation(
            format: format, messages: messages, unparsedLines: unparsed, unparsedLineCount: unparsed.count,
            warnings: decoded.warnings)
    }
}
