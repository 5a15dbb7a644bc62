import Foundation

/// Reads Telegram Desktop's JSON export ("Export chat history" → JSON).
///
/// Text given as entity arrays is joined into plain text; service entries (calls, joins, group
/// changes) become events; replies keep the ID of the message they answer. Timestamps come from
/// the local `date` field, or from `date_unixtime` when an export lacks it.
public struct TelegramImporter: ConversationImporter {
    /// The format this importer reads: ``ImportFormat/telegram``.
    public let format = ImportFormat.telegram

    /// Creates the importer.
    public init() {}

    /// Recognises JSON with a `messages` list whose entries have Telegram's `date`/`from` fields.
    ///
    /// - Parameter sample: The start of the file.
    /// - Returns: `true` for Telegram exports.
    public func canImport(sample: ImportSample) -> Bool {
        let text = sample.text
        guard text.drop(while: \.isWhitespace).first == "{", text.contains("\"messages\"") else { return false }
        return (text.contains("\"date\"") || text.contains("\"date_unixtime\""))
            && (text.contains("\"from\"") || text.contains("\"actor\""))
    }

    /// Reads a whole export.
    ///
    /// - Parameters:
    ///   - data: The JSON file's bytes.
    ///   - options: The file name for messages.
    /// - Returns: The conversation.
    /// - Throws: ``ImportError/malformedJSON(file:detail:)`` or ``ImportError/unexpectedStructure(file:format:detail:)``.
    public func importConversation(from data: Data, options: ImportOptions) throws -> Conversation {
        let export = try JSONImport.decode(TelegramExport.self, from: data, options: options, format: format)
        var messages: [ChatMessage] = []
        var events: [ChatEvent] = []
        var skipped = 0
        for entry in export.messages {
            guard let timestamp = entry.timestamp else { skipped += 1; continue }
            let text = entry.text?.plain ?? ""
            if entry.type == "service" {
                let raw = [entry.action, text.isEmpty ? nil : text].compactMap { $0 }.joined(separator: ": ")
                events.append(ChatEvent(timestamp: timestamp, kind: Self.kind(ofAction: entry.action), sender: entry.actor, rawText: raw))
                continue
            }
            let sender = entry.from ?? entry.actor ?? "Deleted Account"
            if text.isEmpty {
                let kind: ChatEventKind = entry.hasMedia || entry.stickerEmoji != nil ? .attachment : .system
                events.append(ChatEvent(timestamp: timestamp, kind: kind, sender: sender, rawText: entry.mediaType ?? "attachment"))
                continue
            }
            messages.append(ChatMessage(
                timestamp: timestamp, sender: sender, text: text, isEdited: entry.edited != nil,
                hasAttachment: entry.hasMedia, replyTo: entry.replyToMessageId?.value))
        }
        let warnings: [ImportWarning] = skipped > 0 ? [.skippedRecords(count: skipped, reason: "no date")] : []
        return Conversation(format: format, messages: messages, events: events, warnings: warnings)
    }

    private static func kind(ofAction action: String?) -> ChatEventKind {
        switch action ?? "" {
        case "phone_call", "group_call", "invite_to_group_call": return .call
        case "joined_telegram", "invite_members", "remove_members", "join_group_by_link", "join_group_by_request": return .membership
        case "create_group", "create_channel", "migrate_to_supergroup", "migrate_from_group", "edit_group_title",
            "edit_group_photo", "delete_group_photo", "pin_message", "topic_created", "topic_edit":
            return .groupChange
        case "set_messages_ttl": return .disappearingMessages
        default: return .system
        }
    }
}
