import Foundation
import HavenCore

/// The counts `haven import` prints, as text or as a versioned JSON document.
struct ImportSummary: Encodable {
    static let currentSchemaVersion = 1

    var schemaVersion = ImportSummary.currentSchemaVersion
    var format: String
    var messages: Int
    var events: Int
    var unparsedLines: Int
    /// The numbers of the first ``shownUnparsedLines`` lines that were not understood, so a
    /// person can open the export there.
    var unparsedLineNumbers: [Int]
    var participants: [Participant]
    var firstMessage: Date?
    var lastMessage: Date?
    var warnings: [String]
    var emptyReason: String?

    struct Participant: Encodable {
        var name: String
        var messages: Int
    }

    init(_ conversation: Conversation) {
        format = conversation.format.rawValue
        messages = conversation.messages.count
        events = conversation.events.count
        unparsedLines = conversation.unparsedLineCount
        unparsedLineNumbers = conversation.unparsedLines.prefix(Self.shownUnparsedLines).map(\.line)
        var counts: [String: Int] = [:]
        for message in conversation.messages { counts[message.sender, default: 0] += 1 }
        participants = conversation.participants.map { Participant(name: $0, messages: counts[$0] ?? 0) }
        firstMessage = conversation.messages.first?.timestamp
        lastMessage = conversation.messages.last?.timestamp
        warnings = conversation.warnings.map(\.description)
        emptyReason = conversation.emptyReason
    }

    /// How many unparsed lines are located by number (JSON); text shows the first ten of them.
    static let shownUnparsedLines = 100

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    func text(colour: Bool) -> String {
        let bold = colour ? "\u{1B}[1m" : "", reset = colour ? "\u{1B}[0m" : ""
        var lines = [
            "\(bold)Format\(reset)         \(format)",
            "\(bold)Messages\(reset)       \(messages)",
            "\(bold)Events\(reset)         \(events)",
            "\(bold)Unparsed lines\(reset) \(unparsedLines)\(Self.located(unparsedLineNumbers, of: unparsedLines))",
            "\(bold)Participants\(reset)   \(participants.map { "\($0.name) (\($0.messages))" }.joined(separator: ", "))",
        ]
        if let firstMessage, let lastMessage {
            let formatter = ISO8601DateFormatter()
            lines.append("\(bold)Period\(reset)         \(formatter.string(from: firstMessage)) – \(formatter.string(from: lastMessage))")
        }
        if let emptyReason { lines.append("No messages: \(emptyReason).") }
        lines += warnings.map { "Warning: \($0)" }
        return lines.joined(separator: "\n")
    }

    /// " (lines 4, 7 and 9)", " (lines 4, 7, … and 28 more)", or nothing for none.
    private static func located(_ numbers: [Int], of total: Int) -> String {
        guard !numbers.isEmpty else { return "" }
        let shown = numbers.prefix(10).map(String.init)
        let rest = total - shown.count
        if rest > 0 { return " (line\(total == 1 ? "" : "s") \(shown.joined(separator: ", ")) and \(rest) more)" }
        if shown.count == 1 { return " (line \(shown[0]))" }
        return " (lines \(shown.dropLast().joined(separator: ", ")) and \(shown.last!))"
    }
}
