import Foundation
import Testing
@testable import HavenCore

/// Fixtures written for Haven's own tests (Tests/HavenCoreTests/Fixtures), and helpers to read
/// shared samples and their expected parses.
enum Fixtures {
    /// A file under the test bundle's `Fixtures` folder.
    static func url(_ relativePath: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
    }

    /// Reads a sample under `../shared/data/chat-formats` in place.
    static func shared(_ relativePath: String, format: ImportFormat? = nil, dateOrder: DateOrder? = nil) throws -> Conversation {
        try ConversationReader().read(
            contentsOf: SharedData.url("chat-formats/" + relativePath), format: format, options: ImportOptions(dateOrder: dateOrder))
    }

    /// Reads one of Haven's own fixtures.
    static func own(_ relativePath: String, format: ImportFormat? = nil) throws -> Conversation {
        try ConversationReader().read(contentsOf: url(relativePath), format: format)
    }

    /// Parses WhatsApp text given inline.
    static func whatsapp(_ text: String, dateOrder: DateOrder? = nil) throws -> Conversation {
        try WhatsAppImporter().importConversation(from: Data(text.utf8), options: ImportOptions(dateOrder: dateOrder))
    }

    /// A wall-clock time written as `yyyy-MM-dd'T'HH:mm:ss`, as a `Date` in UTC (parsed independently of Haven's code).
    static func date(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = text.count > 16 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm"
        return formatter.date(from: String(text.prefix(19)))!
    }

    /// Collapses all whitespace, so that texts joined with a space or a newline compare equal.
    static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// One entry of chat-miner's `target.json` expected parses.
    struct Target: Decodable {
        var timestamp: String
        var author: String
        var message: String
    }

    /// The expected parse shipped beside a sample.
    static func targets(_ relativePath: String) throws -> [Target] {
        try JSONDecoder().decode([Target].self, from: Data(contentsOf: SharedData.url("chat-formats/" + relativePath)))
    }

    /// Checks a conversation against chat-miner's expected parse: same count, and every expected
    /// message present with its sender, time and (whitespace-insensitive) text.
    static func expectMatches(_ conversation: Conversation, targets: [Target], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(conversation.messages.count == targets.count, sourceLocation: sourceLocation)
        for target in targets {
            let found = conversation.messages.contains { message in
                message.sender == target.author && message.timestamp == date(target.timestamp)
                    && squeezed(message.text).replacingOccurrences(of: " ", with: "")
                        == squeezed(target.message).replacingOccurrences(of: " ", with: "")
            }
            #expect(found, "missing \(target.author) at \(target.timestamp)", sourceLocation: sourceLocation)
        }
    }
}
