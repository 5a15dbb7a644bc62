import Foundation

/// Reads DiscordChatExporter's JSON output (a DM, a group DM or a server channel).
///
/// The sender is the author's nickname when set, else the name. Calls, renames and joins become
/// events; a message listed twice (same ID) is kept once.
public struct DiscordImporter: ConversationImporter {
    /// The format this importer reads: ``ImportFormat/discord``.
    public let format = ImportFormat.discord

    /// Creates the importer.
    public init() {}

    /// Recognises JSON with DiscordChatExporter's `guild` and `channel` objects.
    ///
    /// - Parameter sample: The start of the file.
    /// - Returns: `true` for DiscordChatExporter files.
    public func canImport(sample: ImportSample) -> Bool {
        let text = sample.text
        return text.drop(while: \.isWhitespace).first == "{" && text.contains("\"guild\"") && text.contains("\"channel\"")
    }

    /// Reads a whole export.
    ///
    /// - Parameters:
    ///   - data: The JSON file's bytes.
    ///   - options: The file name for messages.
    /// - Returns: The conversation.
    /// - Throws: ``ImportError/malformedJSON(file:detail:)`` or ``ImportError/unexpectedStructure(file:format:detail:)``.
    public func importConversation(from data: Data, options: ImportOptions) throws -> Conversation {
        let export = try JSONImport.decode(Export.self, from: data, options: options, format: format)
        var messages: [ChatMessage] = []
        var events: [ChatEvent] = []
        var seen = Set<String>()
        var skipped = 0
        for entry in export.messages where seen.insert(entry.id.value).inserted {
            guard let timestamp = TimestampParsing.parse(entry.timestamp) else { skipped += 1; continue }
            let sender = entry.author.nickname ?? entry.author.name
            let content = entry.content ?? ""
            let hasAttachment = !(entry.attachments ?? []).isEmpty || !(entry.stickers ?? []).isEmpty
            switch entry.type {
            case "Default", "Reply", nil:
                if content.isEmpty {
                    events.append(ChatEvent(timestamp: timestamp, kind: hasAttachment ? .attachment : .system, sender: sender, rawText: ""))
                } else {
                    messages.append(ChatMessage(
                        timestamp: timestamp, sender: sender, text: content, isEdited: entry.timestampEdited != nil,
                        hasAttachment: hasAttachment, replyTo: entry.reference?.messageId?.value))
                }
            default:
                events.append(ChatEvent(timestamp: timestamp, kind: Self.kind(of: entry.type ?? ""), sender: sender, rawText: content))
            }
        }
        let warnings: [ImportWarning] = skipped > 0 ? [.skippedRecords(count: skipped, reason: "unreadable timestamp")] : []
        return Conversation(format: format, messages: messages, events: events, warnings: warnings)
    }

    private static func kind(of type: String) -> ChatEventKind {
        switch type {
        case "Call": return .call
        case "RecipientAdd", "RecipientRemove", "GuildMemberJoin": return .membership
        case "ChannelNameChange", "ChannelIconChange", "ChannelPinnedMessage", "ThreadCreated": return .groupChange
        default: return .system
        }
    }

    private struct Export: Decodable {
        var messages: [Entry]
    }

    private struct Entry: Decodable {
        var id: FlexibleString
        var type: String?
        var timestamp: String
        var timestampEdited: String?
        var content: String?
        var author: Author
        var attachments: [Item]?
        var stickers: [Item]?
        var reference: Reference?

        struct Author: Decodable { var name: String; var nickname: String? }
        struct Item: Decodable {}
        struct Reference: Decodable { var messageId: FlexibleString? }
    }
}
