import Foundation

/// The column or key names accepted for the three fields of plain CSV and JSON Lines exports.
enum RecordFields {
    static let timestamp = ["timestamp", "time", "datetime", "date_time", "date", "sent_at", "sent", "ts"]
    static let sender = ["sender", "author", "from", "name", "user", "speaker"]
    static let text = ["text", "message", "content", "body", "msg"]

    /// The index of the first name in `header` that matches one of `aliases` (case-insensitive).
    static func index(in header: [String], of aliases: [String]) -> Int? {
        let lowered = header.map { TextCleaning.trimmed($0).lowercased() }
        for alias in aliases {
            if let found = lowered.firstIndex(of: alias) { return found }
        }
        return nil
    }

    /// A record turned into a message, or rejected with the reason.
    enum Outcome {
        case success(ChatMessage)
        case failure(UnparsedLine)
    }

    /// Builds a message from the three raw field values, or says why it cannot.
    static func message(timestamp: String?, sender: String?, text: String?, line: Int) -> Outcome {
        let raw = [timestamp, sender, text].compactMap { $0 }.joined(separator: " | ")
        guard let timestamp, let date = TimestampParsing.parse(timestamp) else {
            return .failure(UnparsedLine(line: line, text: "unreadable timestamp: " + raw))
        }
        guard let sender, !TextCleaning.trimmed(sender).isEmpty else {
            return .failure(UnparsedLine(line: line, text: "no sender: " + raw))
        }
        guard let text, !text.isEmpty else { return .failure(UnparsedLine(line: line, text: "no text: " + raw)) }
        return .success(ChatMessage(timestamp: date, sender: TextCleaning.trimmed(sender), text: text, sourceLine: line))
    }
}
