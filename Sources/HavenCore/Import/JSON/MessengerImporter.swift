import Foundation

/// Reads the JSON that Facebook Messenger and Instagram write into their data downloads
/// (`message_1.json`: `participants`, then `messages` newest first).
///
/// Both services escape every UTF-8 byte separately, so "é" arrives as "Ã©"; names and texts are
/// repaired. Timestamps are the `timestamp_ms` instants.
public struct MessengerImporter: ConversationImporter {
    /// The format this importer reports: ``ImportFormat/messenger`` or ``ImportFormat/instagram``.
    public let format: ImportFormat

    /// Creates the importer.
    ///
    /// - Parameter format: ``ImportFormat/messenger`` (default) or ``ImportFormat/instagram``; the layout is the same.
    public init(format: ImportFormat = .messenger) {
        self.format = format
    }

    /// Recognises JSON whose messages carry `sender_name` and `timestamp_ms`.
    ///
    /// - Parameter sample: The start of the file.
    /// - Returns: `true` for Messenger and Instagram downloads.
    public func canImport(sample: ImportSample) -> Bool {
        let text = sample.text
        return text.drop(while: \.isWhitespace).first == "{" && text.contains("\"sender_name\"") && text.contains("\"timestamp_ms\"")
    }

    /// Reads a whole download file.
    ///
    /// - Parameters:
    ///   - data: The JSON file's bytes.
    ///   - options: The file name for messages.
    /// - Returns: The conversation in time order.
    /// - Throws: ``ImportError/malformedJSON(file:detail:)`` or ``ImportError/unexpectedStructure(file:format:detail:)``.
    public func importConversation(from data: Data, options: ImportOptions) throws -> Conversation {
        let export = try JSONImport.decode(Export.self, from: data, options: options, format: format)
        var repaired = 0
        func fix(_ text: String) -> String {
            guard let fixed = Mojibake.repair(text) else { return text }
            repaired += 1
            return fixed
        }
        var messages: [ChatMessage] = []
        var events: [ChatEvent] = []
        var skipped = 0
        for entry in export.messages {
            guard let timestamp = TimestampParsing.unixTime(entry.timestampMs) else { skipped += 1; continue }
            let sender = fix(entry.senderName)
            let content = entry.content.map(fix) ?? ""
            if entry.isUnsent == true {
                events.append(ChatEvent(timestamp: timestamp, kind: .deletedMessage, sender: sender, rawText: content))
            } else if entry.callDuration != nil {
                events.append(ChatEvent(timestamp: timestamp, kind: .call, sender: sender, rawText: content))
            } else if content.isEmpty || (entry.hasMedia && Self.isAutomaticMediaText(content)) {
                events.append(ChatEvent(
                    timestamp: timestamp, kind: entry.hasMedia ? .attachment : .system, sender: sender,
                    rawText: content.isEmpty ? entry.mediaDescription : content))
            } else {
                messages.append(ChatMessage(timestamp: timestamp, sender: sender, text: content, hasAttachment: entry.hasMedia))
            }
        }
        var warnings: [ImportWarning] = repaired > 0 ? [.repairedMojibake(count: repaired)] : []
        if skipped > 0 { warnings.append(.skippedRecords(count: skipped, reason: "unreadable timestamp")) }
        return Conversation(format: format, messages: messages, events: events, warnings: warnings)
    }

    /// Texts the services write themselves next to a shared item ("Alice sent a photo.").
    private static func isAutomaticMediaText(_ content: String) -> Bool {
        let lower = content.lowercased()
        return lower.hasSuffix("sent an attachment.") || lower.hasSuffix("sent a photo.") || lower.hasSuffix("sent a video.")
            || lower.hasSuffix("sent a voice message.") || lower.hasSuffix("sent a sticker.") || lower.hasSuffix("sent a gif.")
    }

    private struct Export: Decodable {
        var messages: [Entry]
    }

    private struct Entry: Decodable {
        var senderName: String
        var timestampMs: Double
        var content: String?
        var isUnsent: Bool?
        var callDuration: Double?
        var photos: [Media]?
        var videos: [Media]?
        var files: [Media]?
        var audioFiles: [Media]?
        var gifs: [Media]?
        var sticker: Media?
        var share: Share?

        struct Media: Decodable { var uri: String? }
        struct Share: Decodable { var link: String? }

        private enum CodingKeys: String, CodingKey {
            case content, photos, videos, files, gifs, sticker, share
            case senderName = "sender_name", timestampMs = "timestamp_ms", isUnsent = "is_unsent"
            case callDuration = "call_duration", audioFiles = "audio_files"
        }

        var hasMedia: Bool {
            [photos, videos, files, audioFiles, gifs].contains { !($0 ?? []).isEmpty } || sticker != nil || share != nil
        }

        var mediaDescription: String {
            if photos != nil { return "photo" }
            if videos != nil { return "video" }
            if audioFiles != nil { return "audio" }
            if gifs != nil { return "gif" }
            if sticker != nil { return "sticker" }
            if share != nil { return share?.link ?? "share" }
            return files != nil ? "file" : ""
        }
    }
}
